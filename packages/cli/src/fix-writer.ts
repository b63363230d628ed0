import { closeSync, fsyncSync, openSync, realpathSync, renameSync, unlinkSync, writeSync, chmodSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { crypto } from "./builtins.ts";

/**
 * Replaces a file's content atomically: the text goes to a temporary file in the same directory
 * (same file system), is flushed, gets the original file's mode, and is renamed over the original.
 * A reader sees the old file or the new one, never half of it. A symbolic link is followed, so the
 * link stays a link and its target is rewritten. Without `mode` the file is new (a report written by
 * --output-file): it is created the same way, with the default permissions less the umask.
 */
export function writeFileAtomic(path: string, text: string, mode?: number): void {
  const target = mode === undefined ? path : realpathSync(path);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${crypto().randomBytes(4).toString("hex")}.tmp`);
  const permissions = mode === undefined ? undefined : mode & 0o7777;
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", permissions ?? 0o666);
    const bytes = Buffer.from(text, "utf8");
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (permissions !== undefined) chmodSync(temp, permissions); // openSync's mode is filtered by the umask
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created, or is already gone
    }
    throw error;
  }
}
