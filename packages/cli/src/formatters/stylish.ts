import { describePlace, type Locale } from "@reportlint/core";
import pc from "picocolors";
import { displayPath } from "../paths.ts";
import { SUMMARY } from "../messages.ts";
import { totals, type FileResult, type Totals } from "../results.ts";
import { displayWidth, padEndDisplay } from "./text-width.ts";
import type { Formatter } from "./types.ts";

/**
 * Rule ids are aligned in a column only when every message of the file is at most this wide.
 * ESLint's stylish pads every message to the widest one; reportlint's messages are whole Chinese
 * sentences (often 100 to 300 columns), so that padding put hundreds of spaces on every line.
 */
export const ALIGNED_MESSAGE_WIDTH = 60;

/**
 * ESLint's stylish format: a header per file with problems, then `line:col  error|warning  message
 * rule-id`, the position and severity padded to a column (CJK characters count as two), the rule id
 * two spaces after the message (aligned when the messages are short), then a summary. The severity
 * words stay English so that editors' problem matchers (e.g. VS Code's $eslint-stylish) can read the
 * lines; the summary follows --locale. Nothing is printed when there is nothing to report.
 */
export const stylish: Formatter = (results, { cwd, color, locale }) => {
  const c = pc.createColors(color);
  let out = "";
  let diffs = "";
  for (const result of results) {
    // --fix-dry-run: the fixes as a diff, all of them before the findings that would remain.
    if (result.diff) diffs += paintDiff(result.diff, c);
    out += stylishBlock(result, cwd, locale, c);
  }
  const summary = stylishSummary(totals(results), locale, c);
  return summary ? `${diffs}${out}${summary}` : diffs;
};

export type Colors = ReturnType<typeof pc.createColors>;

/** One file's part of the report: its name, then a line per finding ("" when it has none). */
export function stylishBlock(result: FileResult, cwd: string, locale: Locale, c: Colors): string {
  if (result.messages.length === 0) return "";
  const rows = result.messages.map((m) => ({
    line: String(m.line),
    column: String(m.column),
    // A .docx is read through HTML derived from it: its lines mean nothing to a reader, its place does.
    place: (m.place && describePlace(m.place, locale)) || undefined,
    severity: m.severity === 2 ? "error" : "warning",
    message: m.message.replace(/\s*\n\s*/gu, " ").trim(),
    ruleId: m.ruleId ?? "",
  }));
  const lineRows = rows.filter((r) => r.place === undefined);
  const lineWidth = Math.max(0, ...lineRows.map((r) => r.line.length));
  const columnWidth = Math.max(0, ...lineRows.map((r) => r.column.length));
  const positions = rows.map((r) => r.place ?? `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`);
  const positionWidth = Math.max(...positions.map(displayWidth));
  const severityWidth = Math.max(...rows.map((r) => r.severity.length));
  const messageWidth = Math.max(...rows.map((r) => displayWidth(r.message)));
  const alignRuleIds = messageWidth <= ALIGNED_MESSAGE_WIDTH;
  let out = `\n${c.underline(displayPath(cwd, result.filePath))}\n`;
  for (const [i, r] of rows.entries()) {
    const position = c.dim(padEndDisplay(positions[i]!, positionWidth));
    const severity = (r.severity === "error" ? c.red : c.yellow)(r.severity.padEnd(severityWidth));
    const message = r.ruleId && alignRuleIds ? padEndDisplay(r.message, messageWidth) : r.message;
    out += r.ruleId ? `  ${position}  ${severity}  ${message}  ${c.dim(r.ruleId)}\n` : `  ${position}  ${severity}  ${r.message}\n`;
  }
  return out;
}

/** The closing count of problems, and of those --fix can fix ("" when there are none). */
export function stylishSummary(t: Totals, locale: Locale, c: Colors): string {
  const total = t.errors + t.warnings;
  if (total === 0) return "";
  const words = SUMMARY[locale];
  const paint = (text: string): string => c.bold(t.errors > 0 ? c.red(text) : c.yellow(text));
  let out = `\n${paint(words.problems(total, t.errors, t.warnings))}\n`;
  if (t.fixableErrors + t.fixableWarnings > 0) out += `${paint(words.fixable(t.fixableErrors, t.fixableWarnings))}\n`;
  return `${out}\n`;
}

/** A unified diff as `git diff --color` shows it: headers bold, hunks cyan, removals red, additions green. */
function paintDiff(diff: string, c: Colors): string {
  return diff.replace(/^.*$/gmu, (line) =>
    line.startsWith("---") || line.startsWith("+++") ? c.bold(line) : line.startsWith("@@") ? c.cyan(line) : line.startsWith("-") ? c.red(line) : line.startsWith("+") ? c.green(line) : line,
  );
}
