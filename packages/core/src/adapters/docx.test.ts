import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bindReport } from "../bind/bind-report.ts";
import { extractTables } from "../export/extract.ts";
import { lintDocument } from "../linter.ts";
import { createProfileRegistry, DEFAULT_PROFILE_ID } from "../profiles/builtin.ts";
import { readDocx } from "./docx.ts";
import { parseMarkdown } from "./markdown.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..", "..");
const FIXTURES = join(ROOT, "fixtures", "docx");
/** A Word file pandoc made from the real report's Markdown (fixtures/docx/README.md). */
const PANDOC_DOCX = join(FIXTURES, "huaian-2024-pandoc.docx");

const registry = createProfileRegistry();
const tablesOf = (doc: Parameters<typeof bindReport>[0]) => extractTables(bindReport(doc, registry, { defaultProfile: DEFAULT_PROFILE_ID }));
const markdownTables = tablesOf(parseMarkdown(readFileSync(join(ROOT, "fixtures", "samples", "huaian-2024.md"), "utf8")));
const read = (path: string) => readDocx(new Uint8Array(readFileSync(path)), { fileName: path.slice(path.lastIndexOf("/") + 1) });

describe("readDocx", () => {
  it("the Markdown source binds every number of the report (the baseline the Word files are held to)", () => {
    const numbers = markdownTables.tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
    expect(numbers.length).toBeGreaterThan(150);
    expect(numbers.filter((n) => n === null)).toEqual([]);
  });

  it.each([
    ["LibreOffice, official layout with merged cells", join(FIXTURES, "huaian-2024.docx")],
    ["pandoc, from the real report's Markdown", PANDOC_DOCX],
  ])("a Word file made by %s gives the same table values as its source, and lints clean", async (_, path) => {
    const doc = await read(path);
    expect(doc.format).toBe("docx");
    expect(doc.editable).toBe(false);
    expect(doc.problems).toEqual([]);
    expect(tablesOf(doc)).toEqual(markdownTables);
    expect(lintDocument(doc).messages).toEqual([]);
  });

  it("places the wrong total's messages at its cell: table 2 (三), row 27, column 10 (总计)", async () => {
    const doc = await read(join(FIXTURES, "huaian-2024-wrong-total.docx"));
    const { messages } = lintDocument(doc, { locale: "en" });
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m.ruleId).toBe("arithmetic");
      expect(m.place).toEqual({ table: 2, row: 27, column: 10 });
      expect(m.message).toContain("3060");
      // Line and column stay those of the derived HTML; a .docx gets no fixes or suggestions.
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.fix).toBeUndefined();
      expect(m.suggestions).toBeUndefined();
    }
  });

  it("places paragraphs by Word's count of the body's paragraphs", async () => {
    const doc = await read(join(FIXTURES, "huaian-2024.docx"));
    const at = (text: string) => doc.place!(doc.source.indexOf(text));
    expect(at("淮安市人民政府2024年政府信息公开工作年度报告")).toEqual({ paragraph: 1 });
    expect(at("一、总体情况")).toEqual({ paragraph: 3 });
    expect(at("2024年，我市坚持")).toEqual({ paragraph: 4 });
    expect(at("（五）政府信息公开监督保障情况")).toEqual({ paragraph: 9 });
    expect(at("二、主动公开政府信息情况")).toEqual({ paragraph: 10 });
    expect(at("第二十条第（一）项")).toEqual({ table: 1, row: 1, column: 1 });
    expect(at("行政许可")).toEqual({ table: 1, row: 7, column: 1 });
    expect(at("447228")).toEqual({ table: 1, row: 7, column: 2 });
    expect(at("三、收到和处理政府信息公开申请情况")).toEqual({ paragraph: 11 });
    expect(at("四、政府信息公开行政复议、行政诉讼情况")).toEqual({ paragraph: 12 });
    expect(at("未经复议直接起诉")).toEqual({ table: 3, row: 2, column: 6 });
    expect(at("五、存在的主要问题及改进情况")).toEqual({ paragraph: 13 });
  });

  describe("a file that is not a readable .docx is one fatal message naming it", () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ["text named .docx", new TextEncoder().encode("# 年度报告\n"), /not a valid Word document \(a \.docx is a zip archive, and this file is not one\)/u],
      ["an old .doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /old Word document \(\.doc format\)/u],
      ["a truncated .docx", new Uint8Array(readFileSync(join(FIXTURES, "huaian-2024.docx"))).subarray(0, 4000), /cannot be read as a Word document \(.+\)/u],
      ["a zip without word/document.xml", storedZip({ "hello.txt": "hi" }), /cannot be read as a Word document \(no word\/document\.xml\)/u],
      ["a zip whose word/document.xml is not XML", storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document" }), /cannot be read as a Word document/u],
    ];
    it.each(cases)("%s", async (_, bytes, reason) => {
      const doc = await readDocx(bytes, { fileName: "报告.docx" });
      expect(doc).toMatchObject({ format: "docx", editable: false, blocks: [], source: "" });
      const { messages, fatalErrorCount } = lintDocument(doc, { locale: "en" });
      expect(fatalErrorCount).toBe(1);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ ruleId: null, severity: 2, fatal: true, line: 1, column: 1 });
      expect(messages[0]!.message).toMatch(reason);
      expect(messages[0]!.message).toContain('"报告.docx"');
      expect(lintDocument(doc, { locale: "zh" }).messages[0]!.message).toMatch(/^“报告\.docx”/u);
    });

    it("without a name, it says 'this file'", async () => {
      const doc = await readDocx(new Uint8Array([1, 2, 3]));
      expect(lintDocument(doc, { locale: "zh" }).messages[0]!.message).toMatch(/^此文件不是有效的 Word 文档/u);
    });
  });
});

/** A zip archive with the files stored uncompressed: enough for a .docx reader to open it. */
function storedZip(files: Record<string, string>): Uint8Array {
  const encoder = new TextEncoder();
  const local: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
  let count = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = [...encoder.encode(name)];
    const data = [...encoder.encode(content)];
    const crc = crc32(data);
    const offset = local.length;
    const common = [...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0)];
    local.push(...u32(0x04034b50), ...common, ...nameBytes, ...data);
    central.push(...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes);
    count++;
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(central.length), ...u32(local.length), ...u16(0)];
  return new Uint8Array([...local, ...central, ...end]);
}

function crc32(bytes: readonly number[]): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
