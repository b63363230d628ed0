import { tally, type LintMessage, type LintResult, type MessageCounts, type YearFacts } from "@reportlint/core";
import type { CliMessageId } from "./messages.ts";

/** A file's findings in ESLint's result shape; `filePath` is absolute (or "<text>" for unnamed stdin). */
export interface FileResult extends MessageCounts {
  filePath: string;
  messages: LintMessage[];
  /** --fix-dry-run: the fixed text (ESLint's `output`), present only when the fixes change the file. */
  output?: string;
  /** --fix-dry-run: the unified diff of those fixes, for the stylish report. */
  diff?: string;
  /** The cross-year checks' facts of the file (issuer, year, carried-over figures); formatters do not print them. */
  facts?: YearFacts;
}

/** A file's result from the core's, keeping the facts the run-wide cross-year checks need. */
export function fromLint(filePath: string, result: LintResult): FileResult {
  const out = toResult(filePath, result.messages);
  return result.facts ? { ...out, facts: result.facts } : out;
}

export function toResult(filePath: string, messages: LintMessage[]): FileResult {
  return { filePath, messages, ...tally(messages) };
}

/** --quiet: only the errors, with the counts to match (ESLint's getErrorResults). */
export function errorsOnly(result: FileResult): FileResult {
  return { ...result, ...toResult(result.filePath, result.messages.filter((m) => m.severity === 2)) };
}

/** A message about the file itself (unreadable, not written), ESLint style: no rule, at 1:1. */
export function fileMessage(messageId: CliMessageId, message: string, severity: 1 | 2 = 2): LintMessage {
  return { ruleId: null, severity, message, messageId, line: 1, column: 1, endLine: 1, endColumn: 1, ...(severity === 2 ? { fatal: true as const } : {}) };
}

export interface Totals {
  errors: number;
  warnings: number;
  fixableErrors: number;
  fixableWarnings: number;
}

/** Whether reportlint itself failed on the file (exit code 2; an unsuccessful SARIF run). */
export function failedInternally(result: Pick<FileResult, "messages">): boolean {
  return result.messages.some((m) => m.fatal && m.messageId === "internal-error");
}

/** No findings yet: totals to add to. */
export function noTotals(): Totals {
  return { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
}

export function totals(results: readonly FileResult[]): Totals {
  const t = noTotals();
  for (const r of results) addTo(t, countsOf(r));
  return t;
}

/** One file's counts as totals. */
export function countsOf(r: FileResult): Totals {
  return { errors: r.errorCount, warnings: r.warningCount, fixableErrors: r.fixableErrorCount, fixableWarnings: r.fixableWarningCount };
}

/** Adds counts to running totals. */
export function addTo(t: Totals, more: Totals): void {
  t.errors += more.errors;
  t.warnings += more.warnings;
  t.fixableErrors += more.fixableErrors;
  t.fixableWarnings += more.fixableWarnings;
}
