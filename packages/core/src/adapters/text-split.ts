import { compare, evaluate } from "../arithmetic/expression.ts";
import type { CompiledBlock } from "../profiles/load.ts";
import type { RowDef } from "../profiles/types.ts";

/**
 * Numbers a scraper joined with no separator (`713000074` for `71|3|0|0|0|0|74`). The digits of a
 * row that arrived as fewer tokens than it has cells are split every way that gives one number per
 * cell; the table's own arithmetic for the row (R2: the applicant columns add up to 总计; R5: the
 * four outcomes add up to each 总计 of table 四) keeps the splits that add up. One split is used, and
 * said so; several are not used at all.
 */

/** A piece of a row: a token as written, or the part of a joined token that one cell gets. */
export interface SplitPart {
  text: string;
  start: number;
  end: number;
}

export interface SplitToken {
  text: string;
  start: number;
}

/** Rows with more digits than this are not searched: the splits would be too many to mean anything. */
export const MAX_SPLIT_DIGITS = 20;
/** Enough candidates to tell one from several and to show a few. */
const MAX_CANDIDATES = 6;

export type SplitResult =
  | { kind: "unique"; parts: SplitPart[] }
  | { kind: "ambiguous"; candidates: SplitPart[][]; more: boolean }
  | { kind: "none" }
  | { kind: "too-long" };

/** A row's arithmetic as a predicate over one value per column, in the block's column order. */
export type RowCheck = ((values: readonly number[]) => boolean) & {
  /** How many relations the predicate checks; with none, any split passes. */
  relations?: number;
};

/**
 * The hard row-wise relations of the block (arithmetic, not plausibility) that apply to `row`, as
 * one predicate. Relations over columns are not the row's own arithmetic and are left out.
 */
export function rowArithmetic(block: CompiledBlock, row: RowDef | undefined): RowCheck {
  const keys = block.columns.map((c) => c.key);
  const relations = block.table.relations.filter(
    (r) =>
      r.block === block &&
      r.def.each === "row" &&
      (r.def.rule ?? "arithmetic") === "arithmetic" &&
      (!r.def.over || (row !== undefined && r.def.over.includes(row.key))),
  );
  const check: RowCheck = (values) => {
    const lookup = (id: string): number | undefined => {
      const i = keys.indexOf(id);
      return i < 0 ? undefined : values[i];
    };
    for (const r of relations) {
      const tolerance = r.def.tolerance ?? 0;
      if (r.when) {
        const a = evaluate(r.when.left, lookup);
        const b = evaluate(r.when.right, lookup);
        if (a === undefined || b === undefined || !compare(a, r.when.op, b, tolerance)) continue;
      }
      const left = evaluate(r.left, lookup);
      const right = evaluate(r.right, lookup);
      if (left === undefined || right === undefined) continue;
      if (!compare(left, r.op, right, tolerance)) return false;
    }
    return true;
  };
  check.relations = relations.length;
  return check;
}

/**
 * Splits `tokens` into `cells` numbers for which `check` holds. Only tokens of plain digits are
 * split; a part never has a leading zero (`0` itself is a part). Returns undefined when there is
 * nothing to split: as many tokens as cells, or too few digits for the cells.
 */
export function splitJoined(written: readonly SplitToken[], cells: number, check: RowCheck): SplitResult | undefined {
  if (written.length >= cells) return undefined;
  // Full-width digits fold to ASCII one for one, so a part's offsets stay those of its digits.
  const tokens = written.map((t) => {
    const folded = t.text.normalize("NFKC");
    return folded.length === t.text.length && /^\d+$/u.test(folded) ? { ...t, text: folded } : t;
  });
  const splittable = tokens.map((t) => /^\d+$/u.test(t.text));
  const capacity = tokens.reduce((n, t, i) => n + (splittable[i] ? t.text.length : 1), 0);
  if (capacity < cells) return undefined;
  const digits = tokens.reduce((n, t, i) => n + (splittable[i] ? t.text.length : 0), 0);
  if (digits > MAX_SPLIT_DIGITS) return { kind: "too-long" };

  const found: SplitPart[][] = [];
  let more = false;
  const parts: SplitPart[] = [];
  // Parts still needed after token i: at least one per later token.
  const walk = (i: number): void => {
    if (more) return;
    if (i === tokens.length) {
      if (parts.length !== cells) return;
      if (!check(parts.map((p) => Number(p.text)))) return;
      if (found.length < MAX_CANDIDATES) found.push([...parts]);
      else more = true;
      return;
    }
    const token = tokens[i]!;
    const laterTokens = tokens.length - i - 1;
    const laterCapacity = tokens.slice(i + 1).reduce((n, t, k) => n + (splittable[i + 1 + k] ? t.text.length : 1), 0);
    const need = cells - parts.length;
    if (!splittable[i]) {
      parts.push({ text: token.text, start: token.start, end: token.start + token.text.length });
      walk(i + 1);
      parts.pop();
      return;
    }
    const min = Math.max(1, need - laterCapacity);
    const max = Math.min(token.text.length, need - laterTokens);
    for (let count = min; count <= max; count++) splitToken(token, count, 0, () => walk(i + 1));
  };
  // Splits `token` from `at` into `count` parts, pushing them on `parts`.
  const splitToken = (token: SplitToken, count: number, at: number, then: () => void): void => {
    const rest = token.text.length - at;
    if (count === 1) {
      const text = token.text.slice(at);
      if (text.length > 1 && text[0] === "0") return;
      parts.push({ text, start: token.start + at, end: token.start + token.text.length });
      then();
      parts.pop();
      return;
    }
    const longest = token.text[at] === "0" ? 1 : rest - (count - 1);
    for (let len = 1; len <= longest; len++) {
      parts.push({ text: token.text.slice(at, at + len), start: token.start + at, end: token.start + at + len });
      splitToken(token, count - 1, at + len, then);
      parts.pop();
      if (more) return;
    }
  };
  walk(0);
  // Parts as written (full-width digits stay full-width): the cell's text is the file's text.
  const asWritten = (part: SplitPart): SplitPart => {
    const token = written.find((t) => t.start <= part.start && part.end <= t.start + t.text.length);
    return token ? { ...part, text: token.text.slice(part.start - token.start, part.end - token.start) } : part;
  };
  for (let k = 0; k < found.length; k++) found[k] = found[k]!.map(asWritten);
  if (found.length === 0) return { kind: "none" };
  if (found.length === 1 && !more) return { kind: "unique", parts: found[0]! };
  return { kind: "ambiguous", candidates: found, more };
}

/** `71|3|0|0|0|0|74`: how a split is shown in messages. */
export function describeSplit(parts: readonly SplitPart[]): string {
  return parts.map((p) => p.text).join("|");
}
