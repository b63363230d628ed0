import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { fsReason } from "@reportlint/config";
import { CliError } from "./errors.ts";
import { writeFileAtomic } from "./fix-writer.ts";

/**
 * Settles before any file is linted that `--output-file` can be a file: a directory there would
 * otherwise be found only after a long run (and after --fix has rewritten files).
 */
export function checkOutputFile(path: string, shown: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    return; // missing (it will be created) or unreachable (writing it will say why)
  }
  if (isDirectory) throw new CliError(`cannot write the report to ${shown}: is a directory`);
}

/**
 * Writes the report to `--output-file`: its directory is created if missing, and the text replaces
 * the file atomically (a temporary file renamed over it, keeping an existing file's mode), so that a
 * CI step reading the report never sees half of it. The report is written even when it is empty, so
 * that a report left by an earlier run cannot be taken for this one's.
 */
export function writeOutputFile(path: string, text: string, shown: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, text, existingMode(path));
  } catch (error) {
    // mkdir says EEXIST when a file stands where a directory of the path should be.
    const reason = (error as NodeJS.ErrnoException).code === "EEXIST" ? "not a directory" : fsReason(error);
    throw new CliError(`cannot write the report to ${shown}: ${reason}`);
  }
}

/** The mode of the file there now (a link's target, which is what gets rewritten), or undefined for a new file. */
function existingMode(path: string): number | undefined {
  try {
    return statSync(path).mode;
  } catch {
    return undefined;
  }
}
