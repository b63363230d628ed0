import { describePlace } from "@reportlint/core";
import pc from "picocolors";
import { displayPath } from "../paths.ts";
import { SUMMARY } from "../messages.ts";
import { totals } from "../results.ts";
import type { Formatter } from "./types.ts";

/**
 * ESLint's stylish format: a header per file with problems, `line:col  error|warning  message  rule-id`
 * aligned in columns (CJK characters count as two), then a summary. The severity words stay English
 * so that editors' problem matchers (e.g. VS Code's $eslint-stylish) can read the lines; the summary
 * follows --locale. Nothing is printed when there is nothing to report.
 */
export const stylish: Formatter = (results, { cwd, color, locale }) => {
  const c = pc.createColors(color);
  let out = "";
  for (const result of results) {
    if (result.messages.length === 0) continue;
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
    out += `\n${c.underline(displayPath(cwd, result.filePath))}\n`;
    for (const [i, r] of rows.entries()) {
      const position = c.dim(positions[i]! + " ".repeat(positionWidth - displayWidth(positions[i]!)));
      const severity = (r.severity === "error" ? c.red : c.yellow)(r.severity.padEnd(severityWidth));
      const line = r.ruleId
        ? `  ${position}  ${severity}  ${r.message}${" ".repeat(messageWidth - displayWidth(r.message))}  ${c.dim(r.ruleId)}`
        : `  ${position}  ${severity}  ${r.message}`;
      out += `${line}\n`;
    }
  }
  const t = totals(results);
  const total = t.errors + t.warnings;
  if (total === 0) return "";
  const words = SUMMARY[locale];
  const paint = (text: string): string => c.bold(t.errors > 0 ? c.red(text) : c.yellow(text));
  out += `\n${paint(words.problems(total, t.errors, t.warnings))}\n`;
  if (t.fixableErrors + t.fixableWarnings > 0) out += `${paint(words.fixable(t.fixableErrors, t.fixableWarnings))}\n`;
  return `${out}\n`;
};

/** Terminal columns taken by the text: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    width +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1f64f) ||
      (cp >= 0x20000 && cp <= 0x3fffd)
        ? 2
        : 1;
  }
  return width;
}
