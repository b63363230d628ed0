import { ruleDocsUrl, type Locale, type LintMessage } from "@reportlint/core";
import { totals, type FileResult } from "../results.ts";
import { isFileLevel, oneLineMessage, placeText, reportedId, reportPath } from "./findings.ts";

/** How many findings of each file the summary lists. */
export const SUMMARY_FINDINGS_PER_FILE = 10;

/** GitHub accepts at most 1 MiB of job summary per step; the summary stays under it with room to spare. */
export const SUMMARY_MAX_BYTES = 1_000_000;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

const WORDS = {
  zh: {
    problems: (total: number, errors: number, warnings: number, files: number, checked: number) =>
      `✖ 共 ${total} 个问题（${errors} 个错误，${warnings} 个警告），分布在 ${files} 个文件中；共检查 ${checked} 个文件。`,
    clean: (checked: number) => `✔ 未发现问题；共检查 ${checked} 个文件。`,
    ruleHeader: ["规则", "错误", "警告"],
    findingHeader: ["位置", "级别", "规则", "信息"],
    error: "错误",
    warning: "警告",
    file: "整个文件",
    counts: (errors: number, warnings: number) => `${errors} 个错误，${warnings} 个警告`,
    more: (n: number) => `另有 ${n} 个问题未列出（每个文件只列出前 ${SUMMARY_FINDINGS_PER_FILE} 个）。`,
    filesLeft: (n: number) => `另有 ${n} 个有问题的文件未列出（摘要篇幅有限）。`,
    complete: "完整结果见 `--format json` 或 `--format sarif` 的输出。",
  },
  en: {
    problems: (total: number, errors: number, warnings: number, files: number, checked: number) =>
      `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}) in ${plural(files, "file")}; ${plural(checked, "file")} checked.`,
    clean: (checked: number) => `✔ No problems; ${plural(checked, "file")} checked.`,
    ruleHeader: ["Rule", "Errors", "Warnings"],
    findingHeader: ["Place", "Severity", "Rule", "Message"],
    error: "error",
    warning: "warning",
    file: "whole file",
    counts: (errors: number, warnings: number) => `${plural(errors, "error")}, ${plural(warnings, "warning")}`,
    more: (n: number) => `${plural(n, "more problem")} not listed (the first ${SUMMARY_FINDINGS_PER_FILE} of each file are).`,
    filesLeft: (n: number) => `${plural(n, "more file")} with problems not listed (the summary has a size limit).`,
    complete: "The complete results are in the output of `--format json` or `--format sarif`.",
  },
} satisfies Record<Locale, unknown>;

/**
 * The Markdown job summary of a run for GitHub Actions, which shows only about ten annotations of each
 * kind per step: the totals, a table of counts by rule (each linked to its page), then for each file
 * with problems its counts and its first findings. Files are listed while the summary stays under
 * `maxBytes`; the rest are counted. Pure: the command line appends it to `$GITHUB_STEP_SUMMARY`.
 */
export function githubSummary(results: readonly FileResult[], { cwd, locale }: { cwd: string; locale: Locale }, maxBytes = SUMMARY_MAX_BYTES): string {
  const words = WORDS[locale];
  const t = totals(results);
  const withProblems = results.filter((r) => r.messages.length > 0);
  if (withProblems.length === 0) return `## reportlint\n\n${words.clean(results.length)}\n`;

  let head = `## reportlint\n\n${words.problems(t.errors + t.warnings, t.errors, t.warnings, withProblems.length, results.length)}\n\n`;
  head += table(words.ruleHeader, ["left", "right", "right"], ruleCounts(results).map(([id, c]) => [ruleLink(id), String(c.errors), String(c.warnings)]));

  const footer = (left: number): string => `\n${left > 0 ? `${words.filesLeft(left)}\n\n` : ""}${words.complete}\n`;
  // Room is kept for the longest footer, which counts every file as left out.
  let room = maxBytes - byteLength(head) - byteLength(footer(withProblems.length));
  let body = "";
  let listed = 0;
  for (const result of withProblems) {
    const section = fileSection(result, cwd, locale);
    room -= byteLength(section);
    if (room < 0) break;
    body += section;
    listed++;
  }
  return head + body + footer(withProblems.length - listed);
}

function fileSection(result: FileResult, cwd: string, locale: Locale): string {
  const words = WORDS[locale];
  const shown = result.messages.slice(0, SUMMARY_FINDINGS_PER_FILE);
  const rows = shown.map((m) => [position(m, locale), m.severity === 2 ? words.error : words.warning, ruleLink(reportedId(m)), oneLineMessage({ ...m, place: undefined }, locale)]);
  const more = result.messages.length - shown.length;
  return (
    `\n### ${codeSpan(reportPath(cwd, result.filePath))}\n\n${words.counts(result.errorCount, result.warningCount)}\n\n` +
    table(words.findingHeader, ["left", "left", "left", "left"], rows) +
    (more > 0 ? `\n${words.more(more)}\n` : "")
  );
}

function position(m: LintMessage, locale: Locale): string {
  if (isFileLevel(m)) return WORDS[locale].file;
  return placeText(m, locale) ?? `${m.line}:${m.column}`;
}

/** Errors and warnings by rule (or message id), most errors first, then most warnings, then by id. */
function ruleCounts(results: readonly FileResult[]): [string, { errors: number; warnings: number }][] {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const m of results.flatMap((r) => r.messages)) {
    const c = counts.get(reportedId(m)) ?? { errors: 0, warnings: 0 };
    if (m.severity === 2) c.errors++;
    else c.warnings++;
    counts.set(reportedId(m), c);
  }
  return [...counts].sort(([a, x], [b, y]) => y.errors - x.errors || y.warnings - x.warnings || (a < b ? -1 : a > b ? 1 : 0));
}

function ruleLink(id: string): string {
  const url = ruleDocsUrl(id);
  return url ? `[${id}](${url})` : id;
}

function table(header: readonly string[], align: readonly ("left" | "right")[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |\n`;
  return line(header) + line(align.map((a) => (a === "right" ? "--:" : ":--"))) + rows.map((cells) => line(cells.map((c, i) => (i === cells.length - 1 ? cell(c) : c)))).join("");
}

/** Text in a table cell: `|` would end the cell and `<` start HTML, so both are escaped. */
function cell(text: string): string {
  return text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/\|/gu, "\\|");
}

/** A file name as inline code, fenced with more backticks than it contains. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/gu) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
