import { readFileSync, statSync } from "node:fs";
import { fsReason } from "./errors.ts";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export type ReadResult =
  | { ok: true; text: string; bom: boolean; encoding: Encoding; mode: number }
  | { ok: false; reason: string };

/**
 * Reads a report and decodes it: UTF-8 (with or without BOM), UTF-16 with a BOM, and otherwise
 * GB18030, which is what Chinese Windows tools save as "ANSI". Never throws: a file that cannot be
 * read gives the reason, which the run reports as a fatal message for that file.
 */
export function readReport(path: string): ReadResult {
  let bytes: Buffer;
  let mode: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: "is a directory" };
    if (!stat.isFile()) return { ok: false, reason: "not a regular file" };
    mode = stat.mode;
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: fsReason(error) };
  }
  return { ok: true, mode, ...decode(bytes) };
}

export function decode(bytes: Uint8Array): { text: string; bom: boolean; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), bom: true, encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), bom: true, encoding: "utf-16be" };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), bom, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), bom: false, encoding: "gb18030" };
  }
}
