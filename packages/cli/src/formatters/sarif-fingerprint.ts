import { crypto } from "../builtins.ts";
import type { LintMessage, MessageValue } from "@reportlint/core";

/** The key of reportlint's fingerprint in `partialFingerprints`; the version changes if the recipe does. */
export const FINGERPRINT_KEY = "reportlintFinding/v2";

/**
 * Gives each finding a fingerprint that code scanning uses to tell a finding seen before from a new
 * one. It hashes what identifies the finding, not where it happens to be, nor the language it is told in:
 *
 * - the rule (or message id) and the file's path as reported (relative to the working directory);
 * - the message's id and the values it was filled in with (`data`), in the Chinese form where a value
 *   has two, with every run of digits replaced by `#`. The values name the cell by its labels
 *   (`（七）总计·自然人`) or the part by its title, which is what stays put when lines are added
 *   above; the numbers among them (the figure written, the sum computed, the line of a relation)
 *   change when someone edits a figure, and the finding should stay the same finding;
 * - the .docx place (table, row, column, paragraph), for a document whose lines mean nothing;
 * - an occurrence counter, so that findings alike in all of the above (two stray years in one part)
 *   stay distinct: the first is `:1`, the next `:2`, in the order of the file.
 *
 * Line and column are left out on purpose: a line added above a table would otherwise make every
 * finding below it new. The message text is left out too, so that a run in English matches a run in
 * Chinese.
 */
export function createFingerprinter(): (path: string, m: LintMessage, id: string) => string {
  const seen = new Map<string, number>();
  return (path, m, id) => {
    const place = m.place ? [m.place.table, m.place.row, m.place.column, m.place.paragraph].map((n) => n ?? "").join(",") : "";
    const hash = crypto().createHash("sha256").update([id, path, m.messageId, dataKey(m.data), place].join("\u0000")).digest("hex").slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  };
}

/** The message's values in one language-free line: sorted by name, numbers as `#`. */
function dataKey(data: Record<string, MessageValue> | undefined): string {
  if (!data) return "";
  return Object.keys(data)
    .sort()
    .map((name) => {
      const value = data[name]!;
      const text = typeof value === "object" ? value.zh : String(value);
      return `${name}=${text.replace(/[0-9０-９]+/gu, "#").replace(/\s+/gu, " ").trim()}`;
    })
    .join("\u0001");
}
