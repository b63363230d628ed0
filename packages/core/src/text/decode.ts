/** The encodings a report is read in. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export type DecodeResult =
  | { ok: true; text: string; bom: boolean; encoding: Encoding }
  /** Not text at all: an image, an archive, a PDF. */
  | { ok: false; reason: "binary" }
  /**
   * Text in none of the encodings read. `encoding` is the one the bytes say they are in, when they
   * do: UTF-8 (a UTF-8 BOM, or mostly valid UTF-8 with a few bad bytes: a damaged file, or text in
   * two encodings) or UTF-16 (its BOM); undefined when they are in neither UTF-8 nor GB18030. `at`
   * is the first place the bytes are invalid in that encoding (in UTF-8 when there is none).
   */
  | { ok: false; reason: "undecodable"; encoding?: Encoding; at: BytePlace };

/** Where a byte is: its offset in the file (from 0), and the line and column (from 1, in UTF-16 units as an editor counts them) of the text before it. */
export interface BytePlace {
  offset: number;
  line: number;
  column: number;
}

/** How much of the start of the input is inspected for binary content. */
const SAMPLE = 8192;
/** Above this share of control characters in the sample, the input is taken as binary. */
const CONTROL_SHARE = 0.1;

/** Signatures of binary files people may mistake for reports, or rename to .md/.txt. */
const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // zip: .docx, .xlsx, .odt
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE: .doc, .xls, .wps
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
];

/**
 * Decodes the bytes of a report, as a reader of Chinese government documents meets them: UTF-8
 * (with or without a BOM), UTF-16 with a BOM, and otherwise GB18030 (a superset of GBK and GB2312,
 * what Chinese Windows tools save as "ANSI"). Every decoder is strict: bytes that are invalid in
 * the chosen encoding make the input undecodable rather than text with replacement characters.
 * Input that starts like a known binary format, holds NUL bytes, or is mostly control characters is
 * binary. Pure: no file system, shared by the command line and editors.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes, "utf-16le", true) ?? undecodable(bytes, "utf-16le", invalidUtf16(bytes, true));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes, "utf-16be", true) ?? undecodable(bytes, "utf-16be", invalidUtf16(bytes, false));
  if (isBinary(bytes)) return { ok: false, reason: "binary" };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf8 = strict(bytes, "utf-8", bom);
  if (utf8) return utf8;
  // Not UTF-8. GB18030 decodes almost any bytes, so a UTF-8 file with one damaged character would
  // read as GB18030 gibberish: a file that says it is UTF-8 (its BOM), or whose multi-byte sequences
  // are mostly valid UTF-8, is UTF-8 with bad bytes, and the message points at the first of them.
  const scan = scanUtf8(bytes);
  if (bom || scan.valid >= DAMAGED_UTF8_RATIO * scan.invalid) return undecodable(bytes, "utf-8", scan.firstInvalid);
  return strict(bytes, "gb18030", false) ?? undecodable(bytes, undefined, scan.firstInvalid);
}

/**
 * In GB18030 text about one pair of bytes in five happens to be a valid UTF-8 sequence; in a UTF-8
 * file with damaged bytes valid sequences outnumber invalid ones by far. At this many valid
 * sequences per invalid one, the bytes are taken for UTF-8.
 */
const DAMAGED_UTF8_RATIO = 2;

function strict(bytes: Uint8Array, encoding: Encoding, bom: boolean): DecodeResult | undefined {
  try {
    // The decoders drop a leading BOM of their own encoding (ignoreBOM is false by default).
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), bom, encoding };
  } catch {
    return undefined;
  }
}

function undecodable(bytes: Uint8Array, encoding: Encoding | undefined, offset: number): DecodeResult {
  // The text before the bad byte is valid in the encoding, so its lines and columns are the editor's.
  const before = new TextDecoder(encoding ?? "utf-8").decode(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) line++;
  const at = { offset, line, column: before.length - lineStart + 1 };
  return encoding ? { ok: false, reason: "undecodable", encoding, at } : { ok: false, reason: "undecodable", at };
}

/**
 * Counts the multi-byte sequences of `bytes` that are valid UTF-8 and those that are not (each
 * maximal bad run up to the next ASCII or lead byte once), and finds the first bad byte. Linear.
 */
export function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      valid++;
      i += length;
      continue;
    }
    invalid++;
    if (firstInvalid < 0) firstInvalid = i;
    i++;
    while (i < n && bytes[i]! >= 0x80 && bytes[i]! < 0xc0) i++; // continuation bytes of the bad sequence
  }
  return { valid, invalid, firstInvalid: firstInvalid < 0 ? n : firstInvalid };
}

/** The length of the valid UTF-8 sequence at `i` (RFC 3629: no overlong forms, surrogates or values above U+10FFFF), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** The offset of the first unit of UTF-16 (after the BOM) that is an unpaired surrogate, or of a last odd byte. */
function invalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number): number => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  let i = 2;
  for (; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 < bytes.length && unit(i + 2) >= 0xdc00 && unit(i + 2) <= 0xdfff) {
        i += 2;
        continue;
      }
      return i;
    }
    if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return i;
}

/**
 * Binary content: a known signature, a NUL byte in the sample (text in UTF-8 or GB18030 has none;
 * UTF-16 has them but is only read with a BOM), or more than a tenth of the sample in C0 control
 * characters other than tab, line feed, vertical tab, form feed, carriage return and escape.
 */
export function isBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((magic) => magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b))) return true;
  const end = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++;
  }
  return end > 0 && controls / end > CONTROL_SHARE;
}
