import { bodyOf, fold, labelKey, variantBody } from "../labels/normalize.ts";
import { TextMemo } from "../text/text-memo.ts";
import type { Token } from "./text-lines.ts";

/**
 * Joins the pieces of labels that a copy broke apart: `商业` + `企业` on two lines, a PDF's vertical
 * `三、` `本` `年` `度` … one character per line with other rows in between, `结果` + `纠正` from
 * two header rows. Pieces are matched against the template's labels only: a run of text becomes a
 * label when it spells one of them, never by looking like one.
 */

/** Whether a text is one of the template's labels, or the beginning of one. */
export type LabelFit = "complete" | "prefix";

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The number an enumerator stands for, whichever way it is written: `（三）`, `三、` and `3.` are all 3. */
export function enumeratorNumber(enumerator: string): string {
  const numeral = enumerator.slice(1);
  if (/^\d+$/u.test(numeral)) return String(Number(numeral));
  let value = 0;
  let current = 0;
  for (const ch of numeral) {
    if (ch === "十") {
      value += (current || 1) * 10;
      current = 0;
    } else current = CHINESE_DIGITS[ch] ?? 0;
  }
  return String(value + current);
}

/** Any enumerator is acceptable for a template label written without one. */
const ANY = "*";

/** The template's labels as bodies and their prefixes, each with the enumerator numbers it is written with. */
export class LabelForms {
  private readonly complete = new Map<string, Set<string>>();
  private readonly prefixes = new Map<string, Set<string>>();
  /** The search asks about the same joined texts many times. */
  private readonly cache = new TextMemo<LabelFit | undefined>(5_000, (text) => this.compute(text));

  constructor(labels: Iterable<string>) {
    for (const label of labels) {
      const key = labelKey(label);
      const number = key.enumerator ? enumeratorNumber(key.enumerator) : ANY;
      for (const body of new Set([key.body, variantBody(key.body)])) {
        if (!body) continue;
        add(this.complete, body, number);
        for (let i = 0; i <= body.length; i++) add(this.prefixes, body.slice(0, i), number);
      }
    }
  }

  /** How `text` fits the labels, or undefined when it is no label and starts none. */
  fit(text: string): LabelFit | undefined {
    return this.cache.get(text);
  }

  private compute(text: string): LabelFit | undefined {
    const key = labelKey(text);
    if (!key.body && !key.enumerator) return undefined;
    const number = key.enumerator ? enumeratorNumber(key.enumerator) : undefined;
    // An enumerator alone (`三、` of a vertical label) must be the number of some label that has one.
    const ok = (numbers: Set<string> | undefined): boolean =>
      !!numbers && (number === undefined || numbers.has(number) || (key.body !== "" && numbers.has(ANY)));
    const bodies = key.body ? [key.body, variantBody(key.body)] : [key.body];
    if (key.body && bodies.some((b) => ok(this.complete.get(b)))) return "complete";
    if (bodies.some((b) => ok(this.prefixes.get(b)))) return "prefix";
    return undefined;
  }
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** A piece of text in a table region, in reading order. */
export interface Fragment {
  token: Token;
  /** Position in the region's stream of tokens (numbers included). */
  seq: number;
  /** Ordinal of the token's line among the region's non-blank lines. */
  row: number;
}

/** Fragments read together as one label; `fit` is "prefix" when they never completed one. */
export interface Piece {
  fragments: Fragment[];
  text: string;
  fit: LabelFit;
}

export interface Assembly {
  /** Labels, whole or not, in order of their first fragment. */
  pieces: Piece[];
  /** Fragments that are no part of any label. */
  unknown: Fragment[];
  /** Characters left out of a whole label: what the search minimises. */
  cost: number;
}

export interface AssembleOptions {
  /** A label's next fragment is at most this many non-blank lines after its previous one. */
  maxGap?: number;
  /** Readings kept at each fragment. */
  width?: number;
}

/** Text that is only punctuation (a stray `）`): no label, no value, joined to the label before it if any. */
export function isPunctuation(text: string): boolean {
  return bodyOf(fold(text)) === "" && labelKey(text).enumerator === "";
}

/** A persistent list, newest first: readings share what they have in common. */
type List<T> = { head: T; tail: List<T> } | undefined;

function toArray<T>(list: List<T>): T[] {
  const out: T[] = [];
  for (let l = list; l; l = l.tail) out.push(l.head);
  return out.reverse();
}

interface Open {
  fragments: List<Fragment>;
  first: Fragment;
  text: string;
  fit: LabelFit;
  lastRow: number;
}

interface Reading {
  open: Open[];
  closed: List<Piece>;
  unknown: List<Fragment>;
  /** Characters left outside whole labels by the labels closed so far and the unknown fragments. */
  cost: number;
}

/**
 * Reads fragments into labels. Each fragment either continues an open label (the oldest that it
 * fits, first: a vertical label is older than the row labels written across it), starts a label,
 * or is unknown. A beam search keeps the best few readings at each fragment, best meaning the
 * fewest characters left outside whole labels, and on a tie the one that preferred continuing the
 * oldest label. Linear in the number of fragments, whatever the text.
 */
export function assemble(fragments: readonly Fragment[], forms: LabelForms, options: AssembleOptions = {}): Assembly {
  const maxGap = options.maxGap ?? 4;
  const width = options.width ?? 16;
  const result: Assembly = { pieces: [], unknown: [], cost: 0 };
  // Fragments further apart than a label can stretch are independent problems.
  let chunk: Fragment[] = [];
  const flush = (): void => {
    if (!chunk.length) return;
    const part = searchChunk(chunk, forms, maxGap, width);
    result.pieces.push(...part.pieces);
    result.unknown.push(...part.unknown);
    result.cost += part.cost;
    chunk = [];
  };
  for (const f of fragments) {
    if (chunk.length && f.row - chunk[chunk.length - 1]!.row > maxGap) flush();
    chunk.push(f);
  }
  flush();
  result.pieces.sort((a, b) => a.fragments[0]!.seq - b.fragments[0]!.seq);
  result.unknown.sort((a, b) => a.seq - b.seq);
  return result;
}

function costOf(text: string): number {
  return Math.max(1, bodyOf(fold(text)).length);
}

function close(o: Open): Piece {
  return { fragments: toArray(o.fragments), text: o.text, fit: o.fit };
}

function searchChunk(fragments: readonly Fragment[], forms: LabelForms, maxGap: number, width: number): Assembly {
  let beam: Reading[] = [{ open: [], closed: undefined, unknown: undefined, cost: 0 }];
  for (const f of fragments) {
    const text = f.token.text;
    const punctuation = isPunctuation(text);
    const own = punctuation ? undefined : forms.fit(text);
    const next: Reading[] = [];
    for (const reading of beam) {
      // Labels that can no longer continue are closed.
      let { open, closed, cost } = reading;
      if (open.some((o) => f.row - o.lastRow > maxGap)) {
        const live: Open[] = [];
        for (const o of open) {
          if (f.row - o.lastRow <= maxGap) live.push(o);
          else {
            closed = { head: close(o), tail: closed };
            if (o.fit !== "complete") cost += costOf(o.text);
          }
        }
        open = live;
      }
      const extend = (k: number, o: Open, fit: LabelFit): Reading => ({
        open: [...open.slice(0, k), { ...o, fragments: { head: f, tail: o.fragments }, text: o.text + text, fit, lastRow: f.row }, ...open.slice(k + 1)],
        closed,
        unknown: reading.unknown,
        cost,
      });
      if (punctuation) {
        const last = open[open.length - 1];
        next.push(last ? extend(open.length - 1, last, last.fit) : { ...reading, open, closed, cost });
        continue;
      }
      let fits = false;
      open.forEach((o, k) => {
        const fit = forms.fit(o.text + text);
        if (!fit) return;
        fits = true;
        next.push(extend(k, o, fit));
      });
      if (own) next.push({ open: [...open, { fragments: { head: f, tail: undefined }, first: f, text, fit: own, lastRow: f.row }], closed, unknown: reading.unknown, cost });
      else if (!fits) next.push({ open, closed, unknown: { head: f, tail: reading.unknown }, cost: cost + costOf(text) });
    }
    // The best readings, in order of preference on a tie (the sort is stable); one per set of open labels.
    next.sort((a, b) => a.cost - b.cost);
    beam = [];
    const seen = new Set<string>();
    for (const reading of next) {
      const key = reading.open.map((o) => `${o.first.seq}:${o.lastRow}:${o.text}`).join("\u0000");
      if (seen.has(key)) continue;
      seen.add(key);
      beam.push(reading);
      if (beam.length >= width) break;
    }
  }
  let best: Assembly | undefined;
  for (const reading of beam) {
    let cost = reading.cost;
    for (const o of reading.open) if (o.fit !== "complete") cost += costOf(o.text);
    if (best && cost >= best.cost) continue;
    best = { pieces: [...toArray(reading.closed), ...reading.open.map(close)], unknown: toArray(reading.unknown), cost };
  }
  return best!;
}
