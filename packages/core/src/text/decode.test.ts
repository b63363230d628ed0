import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText, scanUtf8 } from "./decode.ts";
import { encodeGb18030 as gb18030 } from "../testing/gb18030.ts";

const TEXT = "| （七）总计 | 2932 | 53 | 0 | 0 | 61 | 4 | 3050 |\n淮安市人民政府2024年政府信息公开工作年度报告\n";
const FIXTURES = join(import.meta.dirname, "..", "..", "..", "..", "fixtures");

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("reads UTF-8 without and with a BOM, dropping the BOM", () => {
    expect(decodeText(utf8(TEXT))).toEqual({ ok: true, text: TEXT, bom: false, encoding: "utf-8" });
    expect(decodeText(utf8(`\uFEFF${TEXT}`))).toEqual({ ok: true, text: TEXT, bom: true, encoding: "utf-8" });
  });

  it("reads UTF-16 with a BOM, little- and big-endian", () => {
    expect(decodeText(utf16(TEXT, true))).toEqual({ ok: true, text: TEXT, bom: true, encoding: "utf-16le" });
    expect(decodeText(utf16(TEXT, false))).toEqual({ ok: true, text: TEXT, bom: true, encoding: "utf-16be" });
  });

  it("reads GB18030 (GBK, what Chinese Windows tools save as ANSI)", () => {
    const bytes = gb18030(TEXT);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes)).toEqual({ ok: true, text: TEXT, bom: false, encoding: "gb18030" });
  });

  it("reads the GB18030 fixture made by iconv as the same text as its UTF-8 source", () => {
    const decoded = decodeText(readFileSync(join(FIXTURES, "encodings", "huaian-2024-gb18030.md")));
    expect(decoded).toMatchObject({ ok: true, encoding: "gb18030" });
    const source = readFileSync(join(FIXTURES, "samples", "huaian-2024.md"), "utf8");
    const body = (text: string): string => text.slice(0, text.indexOf("<!-- reportlint-fixture"));
    expect(decoded.ok && body(decoded.text)).toBe(body(source));
  });

  it("reads an empty file and plain ASCII as UTF-8", () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: "", bom: false, encoding: "utf-8" });
    expect(decodeText(utf8("year: 2024\n\tform\ffeed\r\n"))).toMatchObject({ ok: true, encoding: "utf-8" });
  });

  it("takes images, archives, Word files and PDFs for binary", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, ...utf8("word/document.xml")]);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const pdf = utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n");
    for (const bytes of [png, zip, ole, pdf]) expect(decodeText(bytes)).toEqual({ ok: false, reason: "binary" });
    expect(decodeText(readFileSync(join(FIXTURES, "docx", "huaian-2024.docx")))).toEqual({ ok: false, reason: "binary" });
  });

  it("takes NUL bytes, or mostly control characters, for binary (UTF-16 without a BOM included)", () => {
    expect(decodeText(utf16("Report 2024 年度报告", true).subarray(2))).toEqual({ ok: false, reason: "binary" });
    expect(decodeText(utf8("report\u0000text"))).toEqual({ ok: false, reason: "binary" });
    expect(decodeText(new Uint8Array([0x41, 0x01, 0x02, 0x03, 0x42, 0x05, 0x06, 0x43]))).toEqual({ ok: false, reason: "binary" });
    // One stray control character in a page of text is still text.
    expect(decodeText(utf8(`${TEXT}\u0001${TEXT}`))).toMatchObject({ ok: true });
  });

  it("gives up on bytes valid in none of the encodings, naming the first byte that is not UTF-8", () => {
    // 0x80 is € in GB18030, but 0xff is no lead byte there; neither is valid UTF-8.
    expect(decodeText(new Uint8Array([0x41, 0x80, 0x42, 0xff, 0x43]))).toEqual({ ok: false, reason: "undecodable", at: { offset: 1, line: 1, column: 2 } });
    // A truncated GB18030 pair at the end.
    const cut = gb18030("报告");
    expect(decodeText(cut.subarray(0, 3))).toEqual({ ok: false, reason: "undecodable", at: { offset: 0, line: 1, column: 1 } });
    // A UTF-8 BOM followed by invalid UTF-8 is not silently read as GB18030.
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...gb18030("报告")]))).toEqual({ ok: false, reason: "undecodable", encoding: "utf-8", at: { offset: 3, line: 1, column: 1 } });
    // An unpaired surrogate in UTF-16, after "A\n" (the BOM is no column).
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x41, 0x00]))).toEqual({
      ok: false,
      reason: "undecodable",
      encoding: "utf-16le",
      at: { offset: 6, line: 2, column: 1 },
    });
  });

  it("takes UTF-8 with a damaged byte for damaged UTF-8, not for GB18030 gibberish, and names the place", () => {
    // "报" is E6 8A A5 in UTF-8; its last byte is cut, on line 2 after "| （七）" (5 UTF-16 units).
    const good = utf8(TEXT);
    const at = good.indexOf(0x0a) + 1 + new TextEncoder().encode("| （七）").length;
    const text = TEXT.replace("\n淮安", "\n| （七）报淮安");
    const damaged = utf8(text);
    const cut = new Uint8Array([...damaged.subarray(0, at + 2), ...damaged.subarray(at + 3)]);
    // GB18030 reads these bytes without an error, as gibberish; they are UTF-8 with one bad character.
    expect(() => new TextDecoder("gb18030", { fatal: true }).decode(cut)).not.toThrow();
    expect(decodeText(cut)).toEqual({ ok: false, reason: "undecodable", encoding: "utf-8", at: { offset: at, line: 2, column: 6 } });
    // A truncated character at the very end of a UTF-8 file.
    const end = utf8(`${TEXT}报`).subarray(0, utf8(TEXT).length + 1);
    expect(decodeText(end)).toEqual({ ok: false, reason: "undecodable", encoding: "utf-8", at: { offset: utf8(TEXT).length, line: 3, column: 1 } });
  });

  it("counts valid and invalid UTF-8 sequences in linear time, GB18030 text being mostly invalid", () => {
    expect(scanUtf8(utf8("a报告b"))).toEqual({ valid: 2, invalid: 0, firstInvalid: 8 });
    // Overlong, surrogate and beyond U+10FFFF forms are invalid, as in the WHATWG decoder.
    expect(scanUtf8(new Uint8Array([0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80]))).toEqual({ valid: 0, invalid: 3, firstInvalid: 0 });
    const fixture = scanUtf8(readFileSync(join(FIXTURES, "encodings", "huaian-2024-gb18030.md")));
    // About one valid sequence per four invalid: far from the two valid per invalid of damaged UTF-8.
    expect([fixture.valid, fixture.invalid]).toEqual([624, 2461]);
  });
});
