import { crypto } from "../builtins.ts";
import type { LintMessage } from "@reportlint/core";

/** The key of reportlint's fingerprint in `partialFingerprints`; the version changes if the recipe does. */
export const FINGERPRINT_KEY = "reportlintFinding/v1";

/**
 * Gives each finding a fingerprint that code scanning uses to tell a finding seen before from a new
 * one. It hashes what identifies the finding, not where it happens to be:
 *
 * - the rule (or message id) and the file's path as reported (relative to the working directory);
 * - the message with every run of digits replaced by `#`. The message names the cell by its labels
 *   (`（七）总计·自然人`) or the part by its title, which is what stays put when lines are added
 *   above; the numbers in it (the figure written, the sum computed, the line of a relation) change
 *   when someone edits a figure, and the finding should stay the same finding;
 * - the .docx place (table, row, column, paragraph), for a document whose lines mean nothing;
 * - an occurrence counter, so that findings alike in all of the above (two stray years in one part)
 *   stay distinct: the first is `:1`, the next `:2`, in the order of the file.
 *
 * Line and column are left out on purpose: a line added above a table would otherwise make every
 * finding below it new. The message is in the language of the run, so keep `--locale` (or the
 * configuration's locale) the same from run to run.
 */
export function createFingerprinter(): (path: string, m: LintMessage, id: string) => string {
  const seen = new Map<string, number>();
  return (path, m, id) => {
    const message = m.message.replace(/[0-9０-９]+/gu, "#").replace(/\s+/gu, " ").trim();
    const place = m.place ? [m.place.table, m.place.row, m.place.column, m.place.paragraph].map((n) => n ?? "").join(",") : "";
    const hash = crypto().createHash("sha256").update([id, path, message, place].join("\u0000")).digest("hex").slice(0, 32);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  };
}
