import { appendFileSync } from "node:fs";
import { fsReason } from "@reportlint/config";

/**
 * Appends a Markdown job summary to the file GitHub Actions names in `$GITHUB_STEP_SUMMARY` (other
 * steps may have written to it before: appending keeps theirs). Returns why it failed, if it did; the
 * summary is an aid, so failing to write it is a note on stderr, not a failed run.
 */
export function appendStepSummary(path: string, markdown: string): string | undefined {
  try {
    appendFileSync(path, markdown);
    return undefined;
  } catch (error) {
    return fsReason(error);
  }
}
