import { createTwoFilesPatch } from "diff";

/**
 * The unified diff `--fix-dry-run` prints for a file (`--- a/<name>` / `+++ b/<name>`, three lines
 * of context), as `git diff` shows it, so that a reader can check the fixes or pipe them to
 * `git apply`. The work is done by the `diff` package (Myers' algorithm, line by line); "" when the
 * texts are the same. `name` is the path relative to the working directory.
 */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return "";
  const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
  // The package puts a line of "=" above the header; git's format begins at "---".
  return patch.slice(patch.indexOf("--- "));
}
