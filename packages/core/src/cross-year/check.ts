import type { LintMessage } from "../linter.ts";
import { formatMessage, messageData } from "../rules/messages.ts";
import type { Locale, MessageValue } from "../rules/types.ts";
import { factCells, type FactCell, type FactPlace, type YearFacts } from "./facts.ts";
import { crossYearCarryover, crossYearInForce, type CrossYearRuleId } from "./rules.ts";

export interface YearFile {
  /** The file as messages name it (the CLI passes it relative to the working directory). */
  path: string;
  facts: YearFacts;
}

export interface CrossYearOptions {
  /**
   * Warn about two reports of one issuer and year (default true). The lint command turns it off: a
   * CI run or a benchmark over copies of one report would get a warning on every copy, while an
   * audit, which is about the collection, wants to know.
   */
  duplicates?: boolean;
}

const RULES = { "cross-year-carryover": crossYearCarryover, "cross-year-in-force": crossYearInForce };

/**
 * R8 and R9 over a run: reports are grouped by issuer and year, and each is compared with the same
 * issuer's report for the year before. Returns the new messages by file path (only files that get
 * some), each on this year's cell and naming last year's file and line. Pure.
 */
export function checkAcrossYears(files: readonly YearFile[], locale: Locale, options: CrossYearOptions = {}): Map<string, LintMessage[]> {
  const out = new Map<string, LintMessage[]>();
  const add = (file: YearFile, ruleId: CrossYearRuleId, messageId: string, data: Record<string, MessageValue>, at: FactPlace): void => {
    const ruleSeverity = file.facts.severity[ruleId];
    if (ruleSeverity === 0) return;
    // A duplicate is not wrong in itself, only ambiguous: a warning, even where R8 is an error.
    const severity = messageId === "duplicate" ? 1 : ruleSeverity;
    const template = RULES[ruleId].meta.messages[messageId]!;
    const { line, column, endLine, endColumn, place } = at;
    const message: LintMessage = { ruleId, severity, message: formatMessage(template, locale, data), messageId, ...messageData(data), line, column, endLine, endColumn, ...(place ? { place } : {}) };
    out.set(file.path, [...(out.get(file.path) ?? []), message]);
  };

  // Sorted by path so that which of two duplicates is used does not depend on the order files were read in.
  const byKey = new Map<string, YearFile>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const key = `${file.facts.issuer}\u0000${file.facts.year}`;
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, file);
      continue;
    }
    if (options.duplicates === false) continue;
    const data = (other: YearFile) => ({ otherFile: other.path, otherLine: other.facts.anchor.line, issuer: file.facts.issuerText, year: file.facts.year });
    add(file, "cross-year-carryover", "duplicate", data(first), file.facts.anchor);
    add(first, "cross-year-carryover", "duplicate", data(file), first.facts.anchor);
  }

  for (const file of byKey.values()) {
    const last = byKey.get(`${file.facts.issuer}\u0000${file.facts.year - 1}`);
    if (!last) continue;
    const pair: Pair = { file, last, now: factCells(file.facts), before: factCells(last.facts) };
    carryover(pair, add);
    inForce(pair, add);
  }
  for (const messages of out.values()) messages.sort((a, b) => a.line - b.line || a.column - b.column);
  return out;
}

type Add = (file: YearFile, ruleId: CrossYearRuleId, messageId: string, data: Record<string, MessageValue>, at: FactPlace) => void;

/** A report and the same issuer's report for the year before, with their figures. */
interface Pair {
  file: YearFile;
  last: YearFile;
  now: Map<string, FactCell>;
  before: Map<string, FactCell>;
}

const CARRIED_IN = "carriedIn.";
const CARRIED_OUT = "carriedOut.";

/** R8, column by column: only columns both reports filled with a number are compared. */
function carryover({ file, last, now, before }: Pair, add: Add): void {
  for (const [key, cell] of now) {
    if (!key.startsWith(CARRIED_IN)) continue;
    const out = before.get(CARRIED_OUT + key.slice(CARRIED_IN.length));
    if (!out || out.value === cell.value) continue;
    add(file, "cross-year-carryover", "mismatch", { ...common(cell, last, out), expected: out.value }, cell);
  }
}

/** R9 per row of table 二 (一): valid(Y) = valid(Y−1) + issued(Y) − repealed(Y). */
function inForce({ file, last, now, before }: Pair, add: Add): void {
  for (const key of now.keys()) {
    const row = /^inForce\.(.+)\.valid$/u.exec(key)?.[1];
    if (row === undefined) continue;
    const previous = before.get(key);
    const [valid, issued, repealed] = ["valid", "issued", "repealed"].map((column) => now.get(`inForce.${row}.${column}`));
    if (!previous || !valid || !issued || !repealed) continue;
    const expected = previous.value + issued.value - repealed.value;
    if (valid.value === expected) continue;
    add(file, "cross-year-in-force", "mismatch", { ...common(valid, last, previous), previous: previous.value, issued: issued.value, repealed: repealed.value, expected }, valid);
  }
}

function common(cell: FactCell, last: YearFile, before: FactCell): Record<string, MessageValue> {
  return { cell: cell.name, written: cell.value, otherFile: last.path, otherLine: before.line };
}
