import { readFileSync, statSync } from "node:fs";
import { decodeText, type Encoding } from "@reportlint/core";
import { fsReason } from "@reportlint/config";

export type { Encoding };

export type ReadResult =
  | { ok: true; text: string; bom: boolean; encoding: Encoding; mode: number }
  /** The file system refused: `reason` says why, in a few words. */
  | { ok: false; reason: string }
  /** The file was read but is not text: binary content, or bytes valid in none of the encodings read. */
  | { ok: false; content: "binary" | "undecodable" };

export type BytesResult = { ok: true; bytes: Buffer; mode: number } | { ok: false; reason: string };

/** Reads a file's bytes. Never throws: a file that cannot be read gives the reason. */
export function readBytes(path: string): BytesResult {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: "is a directory" };
    if (!stat.isFile()) return { ok: false, reason: "not a regular file" };
    return { ok: true, bytes: readFileSync(path), mode: stat.mode };
  } catch (error) {
    return { ok: false, reason: fsReason(error) };
  }
}

/**
 * Reads a report and decodes it with the core's `decodeText`: UTF-8 (with or without BOM), UTF-16
 * with a BOM, and otherwise GB18030, which is what Chinese Windows tools save as "ANSI". Never
 * throws: a file that cannot be read, or is not text, is reported by the run as a fatal message for
 * that file.
 */
export function readReport(path: string): ReadResult {
  const read = readBytes(path);
  if (!read.ok) return read;
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { ok: false, content: decoded.reason };
  return { ...decoded, mode: read.mode };
}
