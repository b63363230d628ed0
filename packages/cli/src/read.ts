import { readFileSync, statSync } from "node:fs";
import { decodeText, type DecodeResult, type Encoding } from "@reportlint/core";
import { fsReason } from "@reportlint/config";

export type { Encoding };

/** A megabyte as --max-file-size counts it. */
export const MB = 1024 * 1024;

/**
 * The largest text file read unless --max-file-size says otherwise. Reports are tens or hundreds of
 * kilobytes (a page saved with its images inline, a few megabytes). Reading Markdown takes about a
 * second and 100 MB of memory per megabyte (the parser's syntax tree; HTML and text about half
 * that), so a file of 50 MB took a minute and 3.5 GB, and with worker threads several such files at
 * once would exhaust the memory: like Biome's `files.maxSize`, a limit says so instead.
 */
export const DEFAULT_MAX_FILE_SIZE = 10 * MB;

/** Text that is not read: larger than the limit (both in bytes). */
export interface TooLarge {
  ok: false;
  reason: "too-large";
  size: number;
  limit: number;
}

/** Bytes decoded as text, or why they are not read. */
export type TextInput = DecodeResult | TooLarge;

export type ReadResult =
  | { ok: true; text: string; bom: boolean; encoding: Encoding; mode: number }
  /** The file system refused: `reason` says why, in a few words. */
  | { ok: false; reason: string }
  /** The file is not read as text: too large, binary content, or bytes valid in none of the encodings read. */
  | { ok: false; content: Exclude<TextInput, { ok: true }> };

export type BytesResult = { ok: true; bytes: Buffer; mode: number } | { ok: false; reason: string };

/**
 * Reads a file's bytes. Never throws: a file that cannot be read gives the reason. With `limit`, a
 * file larger than that many bytes is not read at all (`tooLarge` gives its size).
 */
export function readBytes(path: string): BytesResult;
export function readBytes(path: string, limit: number): BytesResult | TooLarge;
export function readBytes(path: string, limit?: number): BytesResult | TooLarge {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: "is a directory" };
    if (!stat.isFile()) return { ok: false, reason: "not a regular file" };
    if (limit !== undefined && stat.size > limit) return { ok: false, reason: "too-large", size: stat.size, limit };
    return { ok: true, bytes: readFileSync(path), mode: stat.mode };
  } catch (error) {
    return { ok: false, reason: fsReason(error) };
  }
}

/** Decodes text read from stdin (or a file), unless it is larger than `limit` bytes. */
export function decodeInput(bytes: Uint8Array, limit = DEFAULT_MAX_FILE_SIZE): TextInput {
  if (bytes.length > limit) return { ok: false, reason: "too-large", size: bytes.length, limit };
  return decodeText(bytes);
}

/**
 * Reads a report and decodes it with the core's `decodeText`: UTF-8 (with or without BOM), UTF-16
 * with a BOM, and otherwise GB18030, which is what Chinese Windows tools save as "ANSI". A file
 * larger than `limit` bytes is not read. Never throws: a file that cannot be read, or is not text,
 * is reported by the run as a fatal message for that file.
 */
export function readReport(path: string, limit = DEFAULT_MAX_FILE_SIZE): ReadResult {
  const read = readBytes(path, limit);
  if (!read.ok) return "size" in read ? { ok: false, content: read } : read;
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { ok: false, content: decoded };
  return { ...decoded, mode: read.mode };
}
