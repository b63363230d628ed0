import { isAbsolute } from "node:path";
import { isFileLevel, oneLineMessage, reportedId, reportPath } from "./findings.ts";
import type { Formatter } from "./types.ts";

/**
 * GitHub Actions workflow commands, one line per finding, which the runner turns into annotations on
 * the pull request's files: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
 * (`::warning` for a warning). The file is relative to the working directory (the workspace, in a
 * job). A .docx finding names only the file and gives Word's place in the message; a file that could
 * not be read is an annotation on the file. GitHub shows only about ten annotations of each kind per
 * step, which is why the command line also writes a job summary (`github-summary.ts`).
 */
export const github: Formatter = (results, { cwd, locale }) => {
  let out = "";
  for (const result of results) {
    const file = isAbsolute(result.filePath) ? reportPath(cwd, result.filePath) : undefined;
    for (const m of result.messages) {
      const properties: [string, string | number][] = [];
      if (file !== undefined) properties.push(["file", file]);
      if (file !== undefined && !m.place && !isFileLevel(m)) {
        properties.push(["line", m.line], ["col", m.column], ["endLine", m.endLine], ["endColumn", m.endColumn]);
      }
      properties.push(["title", `reportlint(${reportedId(m)})`]);
      const list = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(",");
      out += `::${m.severity === 2 ? "error" : "warning"} ${list}::${escapeData(oneLineMessage(m, locale))}\n`;
    }
  }
  return out;
};

/** A command's message: `%`, CR and LF percent-encoded, as the Actions toolkit does (`escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A");
}

/** A command's property value: as a message, and `:` and `,`, which end a value, too (`escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, "%3A").replace(/,/gu, "%2C");
}
