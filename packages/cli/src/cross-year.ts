import { checkAcrossYears, type CrossYearOptions, type Locale, type YearFile } from "@reportlint/core";
import { displayPath } from "./paths.ts";
import { toResult, type FileResult } from "./results.ts";

/**
 * Runs the cross-year checks (R8, R9) over the results of a bulk run and adds their findings to
 * each file's messages, so that every formatter shows them like any other finding. Messages name
 * the other file relative to `cwd`, as stylish prints paths.
 */
export function addCrossYear(results: readonly FileResult[], cwd: string, locale: Locale, options: CrossYearOptions = {}): FileResult[] {
  const files: YearFile[] = [];
  for (const result of results) {
    if (!result.facts) continue;
    const path = displayPath(cwd, result.filePath);
    files.push({ path, facts: result.facts });
  }
  if (files.length < 2) return [...results];
  const found = checkAcrossYears(files, locale, options);
  if (found.size === 0) return [...results];
  return results.map((result) => {
    const extra = result.facts ? found.get(displayPath(cwd, result.filePath)) : undefined;
    if (!extra) return result;
    const messages = [...result.messages, ...extra].sort((a, b) => a.line - b.line || a.column - b.column);
    return { ...result, ...toResult(result.filePath, messages) };
  });
}
