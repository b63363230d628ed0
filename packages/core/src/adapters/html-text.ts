import type { Element, Text } from "hast";
import type { SourceRange } from "../model/document.ts";
import type { TextContent, TextSpan } from "../text/text-content.ts";

/**
 * Text read from HTML, one UTF-16 unit at a time, each with the source it was decoded from: one
 * character of source for plain text, the whole reference for `&nbsp;`, both units of `\r\n`.
 */
export interface CharItem {
  kind: "char";
  ch: string;
  start: number;
  end: number;
  bold: boolean;
  /** The element the text node sits in: where a fix that rewrites the text goes. */
  parent: Element;
}

/** A line break: `<br>`, or the edge of a block element inside a cell or heading. */
export interface BreakItem {
  kind: "break";
  start: number;
  end: number;
}

export type Item = CharItem | BreakItem;

/** A normalised run of text, each unit with its source. */
export interface NormalText {
  text: string;
  chars: { start: number; end: number; bold: boolean; parent?: Element }[];
}

/**
 * How breaks are read. `join`: a break (or a line break in the source) between two CJK characters
 * is nothing, elsewhere a space, as a label split over lines in a table cell (`商业<br>企业`) reads.
 * `space`: every break is a space.
 */
export type BreakMode = "join" | "space";

const WHITESPACE = /[ \t\n\r\f\u00a0\u3000]/u;
/** Zero-width characters that editors leave in pages; they are not text. */
const IGNORABLE = /[\u200b\u200c\u200d\u2060\ufeff]/u;
/** Characters between which a line break is no space: CJK ideographs, kana, full-width forms and CJK punctuation. */
const WIDE = /[\u2e80-\u303f\u3040-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2018-\u201f\u2014\u2026\u00b7]/u;
const ENTITY = /^&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)/u;

/**
 * The characters of a text node, each mapped to its source. parse5 decodes character references and
 * normalises `\r\n`, so the decoded value is aligned with the raw source it came from.
 */
export function textItems(node: Text, source: string, parent: Element, bold: boolean, out: Item[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const value = node.value;
  if (start === undefined || end === undefined) {
    const at = parent.position?.start.offset ?? 0;
    for (const ch of value) for (const unit of units(ch)) out.push({ kind: "char", ch: unit, start: at, end: at, bold, parent });
    return;
  }
  const raw = source.slice(start, end);
  let i = 0;
  let j = 0;
  while (j < value.length) {
    const push = (length: number, count: number): void => {
      for (let k = 0; k < count && j < value.length; k++, j++) out.push({ kind: "char", ch: value[j]!, start: start + i, end: start + i + length, bold, parent });
      i += length;
    };
    if (i >= raw.length) {
      out.push({ kind: "char", ch: value[j]!, start: end, end, bold, parent });
      j++;
      continue;
    }
    const r = raw[i]!;
    if (r === "\r") {
      const length = raw[i + 1] === "\n" ? 2 : 1;
      if (value[j] === "\n") push(length, 1);
      else i += length;
      continue;
    }
    if (r === "&") {
      const step = referenceAt(raw, i, value, j);
      if (step) {
        push(step.length, step.units);
        continue;
      }
    }
    push(1, 1);
  }
}

function units(ch: string): string[] {
  return ch.length === 1 ? [ch] : [ch[0]!, ch[1]!];
}

/** How many source characters a character reference at `raw[i]` takes and how many units it decodes to. */
function referenceAt(raw: string, i: number, value: string, j: number): { length: number; units: number } | undefined {
  const m = ENTITY.exec(raw.slice(i, i + 42));
  const candidates: [number, number][] = [];
  if (m) {
    const full = m[0].length;
    if (m[0][1] === "#") candidates.push([full, 1], [full, 2]);
    // Named references without their semicolon match the longest known prefix (&notit; reads ¬it;).
    else for (let length = full; length >= 3; length--) candidates.push([length, 1], [length, 2]);
  }
  candidates.push([1, 1]);
  for (const [length, count] of candidates) {
    if (j + count > value.length) continue;
    if (length === 1 && value[j] !== "&") continue;
    if (agrees(raw, i + length, value, j + count)) return { length, units: count };
  }
  return undefined;
}

/** Whether the raw text from `i` reads as the decoded value from `j`, up to the next reference. */
function agrees(raw: string, i: number, value: string, j: number): boolean {
  for (let n = 0; n < 16; n++) {
    const a = raw[i + n];
    const b = value[j + n];
    if (a === undefined) return b === undefined;
    if (a === "&" || a === "\r") return true;
    if (a !== b) return false;
  }
  return true;
}

/**
 * Collapses whitespace as a browser shows the text: a run of spaces and line breaks is one space,
 * nothing at either end, and nothing between two CJK characters when it holds a line break (`join`).
 * `&nbsp;` is a space like any other.
 */
export function normalize(items: Item[], mode: BreakMode): NormalText {
  let text = "";
  const chars: NormalText["chars"] = [];
  let pending: { start: number; end: number; lineBreak: boolean } | undefined;
  let last = "";
  for (const item of items) {
    if (item.kind === "break") {
      pending = pending ? { ...pending, lineBreak: true } : { start: item.start, end: item.end, lineBreak: true };
      continue;
    }
    if (IGNORABLE.test(item.ch)) continue;
    if (WHITESPACE.test(item.ch)) {
      const lineBreak = item.ch === "\n" || item.ch === "\r";
      pending = pending ? { ...pending, lineBreak: pending.lineBreak || lineBreak } : { start: item.start, end: item.end, lineBreak };
      continue;
    }
    if (pending && text) {
      const join = mode === "join" && pending.lineBreak && WIDE.test(last) && WIDE.test(item.ch);
      if (!join) {
        text += " ";
        chars.push({ start: pending.start, end: pending.end, bold: true });
      }
    }
    pending = undefined;
    text += item.ch;
    chars.push({ start: item.start, end: item.end, bold: item.bold, parent: item.parent });
    last = item.ch;
  }
  return { text, chars };
}

/** The text with spans that map it back to the source. */
export function contentOf(normal: NormalText): TextContent {
  const spans: TextSpan[] = [];
  normal.chars.forEach((c, i) => {
    const previous = normal.chars[i - 1];
    if (!previous || c.start !== previous.start + 1 || previous.end !== previous.start + 1) spans.push({ at: i, source: c.start });
  });
  return { text: normal.text, spans };
}

/** From the first character's source to the end of the last one's. */
export function extentOf(normal: NormalText): SourceRange | undefined {
  const first = normal.chars[0];
  const last = normal.chars[normal.chars.length - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/** Whether every character that is not a space is bold. */
export function allBold(normal: NormalText): boolean {
  return normal.text.length > 0 && normal.chars.every((c, i) => c.bold || normal.text[i] === " ");
}

export function isWhitespaceText(value: string): boolean {
  for (const ch of value) if (!WHITESPACE.test(ch) && !IGNORABLE.test(ch)) return false;
  return true;
}
