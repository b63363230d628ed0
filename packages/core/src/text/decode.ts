/** The encodings a report is read in. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export type DecodeResult =
  | { ok: true; text: string; bom: boolean; encoding: Encoding }
  /** binary: not text at all (an image, an archive, a PDF); undecodable: text in none of the encodings read. */
  | { ok: false; reason: "binary" | "undecodable" };

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
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes, "utf-16le", true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes, "utf-16be", true);
  if (isBinary(bytes)) return { ok: false, reason: "binary" };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf8 = strict(bytes, "utf-8", bom);
  if (utf8.ok || bom) return utf8;
  return strict(bytes, "gb18030", false);
}

function strict(bytes: Uint8Array, encoding: Encoding, bom: boolean): DecodeResult {
  try {
    // The decoders drop a leading BOM of their own encoding (ignoreBOM is false by default).
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), bom, encoding };
  } catch {
    return { ok: false, reason: "undecodable" };
  }
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
