import { formatOfPath } from "@reportlint/core";
import type { Target } from "@reportlint/config";
import { lintDocxFile, lintFile, type FixMode } from "./engine.ts";
import { cliMessage } from "./messages.ts";
import { fileMessage, toResult, type FileResult } from "./results.ts";
import type { FileOptions } from "./settings.ts";

/**
 * Lints one file the walk found, in whichever thread runs it: a .docx through its bytes, any other
 * file as text, and a directory the walk could not read as one fatal message naming it. Never rejects.
 */
export async function lintTarget(target: Target, options: FileOptions, fix: FixMode, cwd: string): Promise<FileResult> {
  if (target.unreadableDirectory !== undefined) {
    return toResult(target.path, [fileMessage("read-error", cliMessage("read-error", options.locale, `cannot read the directory: ${target.unreadableDirectory}`))]);
  }
  return formatOfPath(target.path) === "docx" ? lintDocxFile(target.path, options) : lintFile(target.path, options, fix, cwd);
}
