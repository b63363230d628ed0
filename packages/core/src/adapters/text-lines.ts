import type { Comment, SourceRange } from "../model/document.ts";

/**
 * Line reading for plain-text reports: the lines of the source with their offsets, page footers and
 * HTML-style comments taken out, and the tokens a table line is made of.
 *
 * Every offset is an offset into the original source: comments are masked with spaces (newlines kept)
 * rather than removed, so nothing has to be mapped back.
 */

export interface TextLine {
  /** 0-based line number. */
  index: number;
  /** The line without its line break. */
  start: number;
  end: number;
  /** The content after any page footer and surrounding white space; empty when the line is blank. */
  contentStart: number;
  contentEnd: number;
  /** The content, comments masked. */
  text: string;
  /** A page footer (`- 3 -`) the line started with or consisted of. */
  footer?: SourceRange;
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Index of the line the token is on. */
  line: number;
  /**
   * A cell of a line with cell separators (`|`, or tabs as a browser copies a table row): its values
   * belong to the row of that line only, and an empty one is a blank cell.
   */
  piped: boolean;
  /** For a cell of such a line, everything between its two separators. */
  inner?: SourceRange;
}

const COMMENT = /<!--([\s\S]*?)-->/gu;
/**
 * A page footer as PDF text extractors leave it: `- 3 -`, alone on a line or glued to the start of
 * the next line's text (`- 3 -信息内容 …`); also `第 3 页` and `第3页 共10页` alone on a line.
 */
const FOOTER_AT_START = /^[-－—–]\s*\d{1,4}\s*[-－—–](?=\s|$|[^\d\s\-－—–.,，。])\s*/u;
const FOOTER_LINE = /^(?:第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/u;
const PIPE = /[|｜]/u;
const MARKDOWN_RULE = /^[|｜]?\s*:?-{2,}:?\s*(?:[|｜]\s*:?-{2,}:?\s*)*[|｜]?$/u;

/** The comments of a text source, and the source with every comment replaced by spaces. */
export function maskComments(source: string): { masked: string; comments: Comment[] } {
  const comments: Comment[] = [];
  const masked = source.replace(COMMENT, (whole: string, inner: string, at: number) => {
    comments.push({ text: inner, range: { start: at, end: at + whole.length } });
    return whole.replace(/[^\r\n]/gu, " ");
  });
  return { masked, comments };
}

/** Splits masked text into lines, taking page footers off. */
export function readLines(masked: string): TextLine[] {
  const lines: TextLine[] = [];
  const pattern = /([^\r\n]*)(\r\n|\r|\n|$)/gu;
  let index = 0;
  for (const m of masked.matchAll(pattern)) {
    const start = m.index;
    const raw = m[1]!;
    if (raw === "" && m[2] === "" && start === masked.length && index > 0) break;
    lines.push(readLine(raw, start, index++));
    if (m[2] === "") break;
  }
  return lines;
}

function readLine(raw: string, start: number, index: number): TextLine {
  const end = start + raw.length;
  let from = raw.length - raw.trimStart().length;
  const to = raw.trimEnd().length;
  let footer: SourceRange | undefined;
  const rest = raw.slice(from, to);
  const glued = FOOTER_AT_START.exec(rest);
  if (glued) {
    footer = { start: start + from, end: start + from + glued[0].trimEnd().length };
    from += glued[0].length;
  } else if (FOOTER_LINE.test(rest)) {
    footer = { start: start + from, end: start + to };
    from = to;
  }
  if (from >= to) return { index, start, end, contentStart: end, contentEnd: end, text: "", ...(footer ? { footer } : {}) };
  return { index, start, end, contentStart: start + from, contentEnd: start + to, text: raw.slice(from, to), ...(footer ? { footer } : {}) };
}

export function isBlank(line: TextLine): boolean {
  return line.text === "";
}

/** A line of cells separated by `|` (a Markdown table row, or `规章|0|0|0`). */
export function isPipeLine(line: TextLine): boolean {
  if (!PIPE.test(line.text)) return false;
  return pipeCells(line).length >= 2;
}

/** The `|---|---|` rule under a Markdown table header: no cells, only layout. */
export function isRuleLine(line: TextLine): boolean {
  return MARKDOWN_RULE.test(line.text);
}

/**
 * The tokens of a table line: the cells of a `|`-separated line (empty ones included: they are
 * blank cells), else the runs of text between white space (a PDF row `规章 1 0 11`, a web copy's
 * one cell per line).
 */
export function lineTokens(line: TextLine): Token[] {
  if (isBlank(line) || isRuleLine(line)) return [];
  if (isPipeLine(line)) return pipeCells(line);
  if (line.text.includes("\t")) return tabCells(line);
  const tokens: Token[] = [];
  for (const m of line.text.matchAll(/\S+/gu)) {
    const start = line.contentStart + m.index;
    tokens.push({ text: m[0], start, end: start + m[0].length, line: line.index, piped: false });
  }
  return tokens;
}

/** A row copied from a table in a browser: cells between tabs, an empty one being a blank cell. */
function tabCells(line: TextLine): Token[] {
  const cells: Token[] = [];
  let from = 0;
  for (const cell of line.text.split("\t")) {
    const lead = cell.length - cell.trimStart().length;
    const trimmed = cell.trim();
    const start = line.contentStart + from + (trimmed ? lead : 0);
    const inner = { start: line.contentStart + from, end: line.contentStart + from + cell.length };
    cells.push({ text: trimmed, start, end: start + trimmed.length, line: line.index, piped: true, inner });
    from += cell.length + 1;
  }
  return cells;
}

function pipeCells(line: TextLine): Token[] {
  const text = line.text;
  const cells: Token[] = [];
  let from = 0;
  const bounds: [number, number][] = [];
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "|" || text[i] === "｜") {
      if (!(i > 0 && text[i - 1] === "\\")) {
        bounds.push([from, i]);
        from = i + 1;
      }
    }
  }
  // A leading or trailing `|` opens or closes the row: no cell before or after it.
  if (bounds.length && bounds[0]![1] === 0) bounds.shift();
  const last = bounds[bounds.length - 1];
  if (last && last[0] === text.length) bounds.pop();
  for (const [a, b] of bounds) {
    const cell = text.slice(a, b);
    const lead = cell.length - cell.trimStart().length;
    const trimmed = cell.trim();
    const start = line.contentStart + a + (trimmed ? lead : Math.min(1, cell.length));
    const inner = { start: line.contentStart + a, end: line.contentStart + b };
    cells.push({ text: trimmed, start, end: start + trimmed.length, line: line.index, piped: true, inner });
  }
  return cells;
}
