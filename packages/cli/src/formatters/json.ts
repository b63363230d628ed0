import type { Formatter } from "./types.ts";

/**
 * ESLint's json format: the array of file results on one line; a stable format for scripts. As in
 * ESLint, `output` (the fixed text) is there only when --fix-dry-run found fixes that change the file.
 */
export const json: Formatter = (results) =>
  `${JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      errorCount: r.errorCount,
      fatalErrorCount: r.fatalErrorCount,
      warningCount: r.warningCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  )}\n`;
