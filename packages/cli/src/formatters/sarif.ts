import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { VERSION, type Locale, type LintMessage } from "@reportlint/core";
import { failedInternally } from "../results.ts";
import { isFileLevel, oneLineMessage, placeText, reportedId, reportPath } from "./findings.ts";
import { createFingerprinter, FINGERPRINT_KEY } from "./sarif-fingerprint.ts";
import { builtinRuleDescriptors, type SarifRule } from "./sarif-rules.ts";
import type { Formatter } from "./types.ts";

/** GitHub code scanning takes at most 25,000 results per run and drops the rest without a word. */
export const SARIF_MAX_RESULTS = 25_000;

/** The project's home; the rules' pages (`ruleDocsUrl`) are under it (a test checks that they agree). */
export const INFORMATION_URI = "https://github.com/reportlint/reportlint";

const SRCROOT = "%SRCROOT%";

const TRUNCATED = {
  zh: (total: number, omitted: number) =>
    `SARIF 报告最多收录 ${SARIF_MAX_RESULTS} 条结果（GitHub 代码扫描每次运行的上限）。本次共 ${total} 条，已先错误后警告收录 ${SARIF_MAX_RESULTS} 条，省略 ${omitted} 条；完整结果请用 --format json 查看。`,
  en: (total: number, omitted: number) =>
    `A SARIF report holds at most ${SARIF_MAX_RESULTS} results (GitHub code scanning's limit per run). This run has ${total}: ${SARIF_MAX_RESULTS} are included, errors before warnings, and ${omitted} are left out; --format json has them all.`,
} satisfies Record<Locale, unknown>;

type Level = "error" | "warning";

interface ArtifactLocation {
  uri?: string;
  uriBaseId?: string;
  description?: { text: string };
}

interface Location {
  physicalLocation: { artifactLocation: ArtifactLocation; region?: { startLine: number; startColumn: number; endLine: number; endColumn: number } };
  message?: { text: string };
}

interface Notification {
  level: Level;
  message: { text: string };
  descriptor: { id: string };
  locations?: Location[];
}

/**
 * SARIF 2.1.0, one run, for GitHub code scanning and SARIF viewers:
 *
 * - `tool.driver`: name, version, home page and every built-in rule (`sarif-rules.ts`); a message of
 *   the readers that belongs to no rule (`split-numbers`) is reported under its message id, with a
 *   descriptor of its own after the built-in ones.
 * - each finding is a result with its rule's id and index, its level, the message in the run's
 *   language, and where it is: the file relative to the working directory under `%SRCROOT%` (files
 *   outside it by absolute `file:` URI), and its region in 1-based lines and columns counted in UTF-16
 *   code units, as reportlint counts them (declared by `columnKind`; the end column is exclusive, as in
 *   SARIF). A .docx has no meaningful lines: its results name the file and give Word's place (table,
 *   row, column or paragraph) in the message, in the location's message and in `properties.place`.
 * - `partialFingerprints` that survive lines moving (`sarif-fingerprint.ts`).
 * - a file that could not be read, decoded or written, or on which reportlint failed, is a tool
 *   execution notification, not a result; the run is unsuccessful only when reportlint failed.
 * - at most 25,000 results (errors first): beyond that the run says how many were left out, in a
 *   notification and in `properties`, and the command line says it on stderr.
 */
export const sarif: Formatter = (results, { cwd, locale, notify }) => {
  const rules: SarifRule[] = builtinRuleDescriptors();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const indexOf = (id: string): number => {
    let index = ruleIndex.get(id);
    if (index === undefined) {
      index = rules.push({ id }) - 1;
      ruleIndex.set(id, index);
    }
    return index;
  };

  const findings = results.flatMap((r) => r.messages.filter((m) => !isFileLevel(m)).map((m) => ({ filePath: r.filePath, m })));
  const kept = keptFindings(findings.map((f) => f.m));
  const fingerprint = createFingerprinter();
  const sarifResults: Record<string, unknown>[] = [];
  for (const [i, { filePath, m }] of findings.entries()) {
    const id = reportedId(m);
    const partial = fingerprint(reportPath(cwd, filePath), m, id);
    if (!kept(i)) continue;
    sarifResults.push({
      ruleId: id,
      ruleIndex: indexOf(id),
      level: level(m),
      message: { text: oneLineMessage(m, locale) },
      locations: [location(cwd, filePath, m, locale)],
      partialFingerprints: { [FINGERPRINT_KEY]: partial },
      ...(m.place ? { properties: { place: m.place } } : {}),
    });
  }

  const notifications: Notification[] = results.flatMap((r) =>
    r.messages.filter(isFileLevel).map((m) => ({
      level: level(m),
      message: { text: oneLineMessage(m, locale) },
      descriptor: { id: m.messageId },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(cwd, r.filePath) } }],
    })),
  );
  const omitted = findings.length - sarifResults.length;
  if (omitted > 0) {
    const note = TRUNCATED[locale](findings.length, omitted);
    notifications.push({ level: "warning", message: { text: note }, descriptor: { id: "results-truncated" } });
    notify?.(note);
  }

  const run = {
    tool: { driver: { name: "reportlint", version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules } },
    invocations: [
      {
        executionSuccessful: !results.some(failedInternally),
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
    language: locale === "zh" ? "zh-CN" : "en-US",
    columnKind: "utf16CodeUnits",
    results: sarifResults,
    ...(omitted > 0 ? { properties: { resultsTruncated: true, totalResults: findings.length, omittedResults: omitted } } : {}),
  };
  return `${JSON.stringify({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] }, null, 2)}\n`;
};

function level(m: LintMessage): Level {
  return m.severity === 2 ? "error" : "warning";
}

/**
 * Which findings fit under the limit: every one when they fit; otherwise the errors first, then the
 * warnings, each in the order of the files. The kept ones are reported in that order too.
 */
function keptFindings(messages: readonly LintMessage[]): (index: number) => boolean {
  if (messages.length <= SARIF_MAX_RESULTS) return () => true;
  let errorRoom = SARIF_MAX_RESULTS;
  const keep = messages.map((m) => m.severity === 2 && errorRoom-- > 0);
  let warningRoom = Math.max(0, errorRoom);
  for (const [i, m] of messages.entries()) if (m.severity !== 2 && warningRoom-- > 0) keep[i] = true;
  return (index) => keep[index]!;
}

function location(cwd: string, filePath: string, m: LintMessage, locale: Locale): Location {
  const artifact = artifactLocation(cwd, filePath);
  const place = placeText(m, locale);
  if (place !== undefined) return { physicalLocation: { artifactLocation: artifact }, message: { text: place } };
  return {
    physicalLocation: {
      artifactLocation: artifact,
      region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
    },
  };
}

/**
 * A file as SARIF names it: relative to `%SRCROOT%` (the working directory, which in CI is the
 * repository's root, so code scanning finds the file) with each segment percent-encoded, as a URI
 * must be (`2024%E5%B9%B4….md`); outside the working directory an absolute `file:` URI; standard
 * input without a name only described.
 */
function artifactLocation(cwd: string, filePath: string): ArtifactLocation {
  if (!isAbsolute(filePath)) return { description: { text: filePath } };
  const path = reportPath(cwd, filePath);
  if (isAbsolute(path)) return { uri: pathToFileURL(filePath).href };
  return { uri: path.split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}

function directoryUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith("/") ? href : `${href}/`;
}
