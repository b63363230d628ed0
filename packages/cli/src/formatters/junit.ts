import { ruleDocsUrl, type Locale, type LintMessage } from "@reportlint/core";
import type { FileResult } from "../results.ts";
import { isFileLevel, oneLineMessage, placeText, reportedId, reportPath } from "./findings.ts";
import type { Formatter } from "./types.ts";
import { xmlAttribute, xmlText } from "./xml.ts";

/**
 * JUnit XML, which CI servers (Jenkins, GitLab, Azure Pipelines) show as test results: one test suite
 * per file, named by its path relative to the working directory, and one test case per finding,
 * named `<rule> <line:column>` (or Word's place in a .docx). An error is a `<failure>`; a warning
 * passes, its text in `<system-out>`, since warnings do not fail a run; a file that could not be read
 * is an `<error>` (the test could not run), a note about a file (fixes not written) system output. A file without findings is one passing test case, so that
 * every file checked is counted. Messages keep their Chinese as it is, in UTF-8.
 */
export const junit: Formatter = (results, { cwd, locale }) => {
  const suites = results.map((result) => suite(result, cwd, locale));
  const count = (key: "tests" | "failures" | "errors"): number => suites.reduce((n, s) => n + s[key], 0);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="reportlint" tests="${count("tests")}" failures="${count("failures")}" errors="${count("errors")}">\n` +
    suites.map((s) => s.xml).join("") +
    `</testsuites>\n`
  );
};

function suite(result: FileResult, cwd: string, locale: Locale): { xml: string; tests: number; failures: number; errors: number } {
  const name = xmlAttribute(reportPath(cwd, result.filePath));
  const cases = result.messages.length > 0 ? result.messages.map((m) => testCase(name, m, locale)) : [`    <testcase classname="${name}" name="reportlint"/>\n`];
  const errors = result.messages.filter((m) => m.severity === 2 && isFileLevel(m)).length;
  const failures = result.messages.filter((m) => m.severity === 2 && !isFileLevel(m)).length;
  return {
    xml: `  <testsuite name="${name}" tests="${cases.length}" failures="${failures}" errors="${errors}">\n${cases.join("")}  </testsuite>\n`,
    tests: cases.length,
    failures,
    errors,
  };
}

function testCase(classname: string, m: LintMessage, locale: Locale): string {
  const id = reportedId(m);
  const where = isFileLevel(m) ? "" : (placeText(m, locale) ?? `${m.line}:${m.column}`);
  const message = oneLineMessage({ ...m, place: undefined }, locale); // the place is in the name
  const url = ruleDocsUrl(id);
  const details = `${where ? `${where} ` : ""}${m.severity === 2 ? "error" : "warning"} ${message} (${id})${url ? `\n${url}` : ""}`;
  const open = `    <testcase classname="${classname}" name="${xmlAttribute(where ? `${id} ${where}` : id)}">\n`;
  const close = `    </testcase>\n`;
  if (m.severity === 2 && isFileLevel(m)) return `${open}      <error type="${xmlAttribute(id)}" message="${xmlAttribute(message)}">${xmlText(details)}</error>\n${close}`;
  if (m.severity === 2) return `${open}      <failure type="${xmlAttribute(id)}" message="${xmlAttribute(message)}">${xmlText(details)}</failure>\n${close}`;
  return `${open}      <system-out>${xmlText(details)}</system-out>\n${close}`;
}
