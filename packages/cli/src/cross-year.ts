import { checkAcrossYears, type CrossYearOptions, type LintMessage, type Locale, type YearFacts, type YearFile } from "@reportlint/core";
import { displayPath } from "./paths.ts";
import { toResult, type FileResult } from "./results.ts";

/** What the cross-year checks need of a linted file: its path and its facts. */
export interface FileFacts {
  filePath: string;
  facts?: YearFacts;
}

/**
 * Runs the cross-year checks (R8, R9) over the files of a bulk run; returns the findings by absolute
 * path, only for files that get some. Messages name the other file relative to `cwd`, as stylish
 * prints paths.
 */
export function crossYearFindings(results: Iterable<FileFacts>, cwd: string, locale: Locale, options: CrossYearOptions = {}): Map<string, LintMessage[]> {
  const files: YearFile[] = [];
  const pathOf = new Map<string, string>();
  for (const result of results) {
    if (!result.facts) continue;
    const path = displayPath(cwd, result.filePath);
    pathOf.set(path, result.filePath);
    files.push({ path, facts: result.facts });
  }
  const found = new Map<string, LintMessage[]>();
  if (files.length < 2) return found;
  for (const [path, messages] of checkAcrossYears(files, locale, options)) found.set(pathOf.get(path)!, messages);
  return found;
}

/** The results with the cross-year findings added to each file's messages, so that every formatter shows them like any other finding. */
export function addCrossYear(results: readonly FileResult[], cwd: string, locale: Locale, options: CrossYearOptions = {}): FileResult[] {
  const found = crossYearFindings(results, cwd, locale, options);
  if (found.size === 0) return [...results];
  return results.map((result) => {
    const extra = found.get(result.filePath);
    return extra ? withMessages(result, extra) : result;
  });
}

/** `result` with `extra` messages among its own, in line order. */
function withMessages(result: FileResult, extra: readonly LintMessage[]): FileResult {
  const messages = [...result.messages, ...extra].sort((a, b) => a.line - b.line || a.column - b.column);
  return { ...result, ...toResult(result.filePath, messages) };
}
