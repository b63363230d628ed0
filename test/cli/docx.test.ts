import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describePlace } from "../../packages/core/src/index.ts";
import { copyInto, CORRECT, parseJsonOutput, ROOT, run, workspace, write } from "./helpers.ts";

const DOCX = join(ROOT, "fixtures", "docx");
const GB18030 = join(ROOT, "fixtures", "encodings", "huaian-2024-gb18030.md");

describe("reportlint: Word files and what is not text", () => {
  it("a correct .docx made by LibreOffice, and one made by pandoc: exit 0, no output", () => {
    const cwd = workspace();
    copyInto(cwd, join(DOCX, "huaian-2024.docx"), "report.docx");
    copyInto(cwd, join(DOCX, "huaian-2024-pandoc.docx"), "pandoc.docx");
    expect(run(["report.docx", "pandoc.docx"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("a .docx with a wrong total: exit 1, stylish shows Word's table, row and column instead of line:col", () => {
    const cwd = workspace();
    copyInto(cwd, join(DOCX, "huaian-2024-wrong-total.docx"), "reports/wrong.docx");
    const zh = run(["reports/wrong.docx"], { cwd });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toBe("");
    expect(zh.stdout).toMatch(/^\nreports\/wrong\.docx\n/u);
    const lines = zh.stdout.split("\n").filter((l) => l.includes("arithmetic"));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^ {2}文档第2个表格 第27行第10列 {2}error {2}（七）总计·总计 写的是 3060，.* +arithmetic$/u);
    expect(zh.stdout).toContain("✖ 共 3 个问题（3 个错误，0 个警告）");

    const en = run(["reports/wrong.docx", "--locale", "en"], { cwd });
    expect(en.stdout.split("\n").filter((l) => l.includes("arithmetic")).every((l) => l.startsWith("  Word table 2, row 27, column 10  error  "))).toBe(true);
  });

  it("a .docx on stdin, named by --stdin-filename, is read as Word", () => {
    const cwd = workspace();
    const input = readFileSync(join(DOCX, "huaian-2024-wrong-total.docx"));
    const r = run(["--stdin", "--stdin-filename", "wrong.docx", "--format", "json"], { cwd, input });
    expect(r.code).toBe(1);
    const [result] = parseJsonOutput(r.stdout);
    expect(result!.messages.filter((m) => m.ruleId === "arithmetic").map((m) => m.place)).toEqual([
      { table: 2, row: 27, column: 10 },
      { table: 2, row: 27, column: 10 },
      { table: 2, row: 27, column: 10 },
    ]);
  });

  it("--format json keeps line and column (of the derived HTML) and adds the place; --fix writes nothing", () => {
    const cwd = workspace();
    const path = copyInto(cwd, join(DOCX, "huaian-2024-wrong-total.docx"), "wrong.docx");
    const before = readFileSync(path);
    const r = run(["wrong.docx", "--format", "json", "--fix"], { cwd });
    expect(r.code).toBe(1);
    const [result] = parseJsonOutput(r.stdout);
    expect(result!.messages).toHaveLength(3);
    for (const m of result!.messages) {
      expect(m).toMatchObject({ ruleId: "arithmetic", severity: 2, place: { table: 2, row: 27, column: 10 } });
      expect(m.line).toBeGreaterThanOrEqual(1);
      expect(m.column).toBeGreaterThan(1);
      expect(m.fix).toBeUndefined();
    }
    expect(result!.fixableErrorCount).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("a damaged .docx, a binary file and an undecodable file: one fatal message each, naming the file; the run goes on", () => {
    const cwd = workspace({ "good.md": CORRECT });
    write(cwd, "notes.docx", "这不是 Word 文件\n");
    writeFileSync(join(cwd, "picture.md"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(cwd, "broken.md"), new Uint8Array([0x23, 0x20, 0x80, 0xff, 0x0a]));
    copyInto(cwd, GB18030, "gb.md");
    const r = run(["notes.docx", "picture.md", "broken.md", "gb.md", "good.md", "--format", "json", "--locale", "en"], { cwd });
    expect(r.code).toBe(1);
    const results = parseJsonOutput(r.stdout);
    expect(results.map((x) => x.filePath.slice(cwd.length + 1))).toEqual(["notes.docx", "picture.md", "broken.md", "gb.md", "good.md"]);
    const [notes, picture, broken, gb, good] = results;
    for (const x of [notes, picture, broken]) {
      expect(x!.messages).toHaveLength(1);
      expect(x!.messages[0]).toMatchObject({ ruleId: null, severity: 2, fatal: true, line: 1, column: x === broken ? 3 : 1 }); // broken: at its first bad byte
    }
    expect(notes!.messages[0]!.message).toMatch(/^"notes\.docx" is not a valid Word document/u);
    expect(picture!.messages[0]).toMatchObject({ messageId: "not-text", message: expect.stringMatching(/^"picture\.md" is not a text file \(binary content\)/u) });
    expect(broken!.messages[0]).toMatchObject({ messageId: "undecodable", message: expect.stringMatching(/^"broken\.md" cannot be decoded as UTF-8, UTF-16 or GB18030/u) });
    expect(gb!.messages).toEqual([]); // GB18030, made by iconv: decoded and linted like its UTF-8 source
    expect(good!.messages).toEqual([]);

    const zh = run(["picture.md", "broken.md", "good.md"], { cwd });
    expect(zh.stdout).toContain("\npicture.md\n  1:1  error  “picture.md”不是文本文件（二进制内容），无法检查。");
    expect(zh.stdout).toContain("\nbroken.md\n  1:3  error  “broken.md”无法按 UTF-8、UTF-16 或 GB18030 解码，无法检查（第一个不是 UTF-8 的字节在第 1 行第 3 列，字节偏移 2）。");
  });

  it("binary standard input is one fatal message", () => {
    const cwd = workspace();
    const r = run(["--stdin", "--stdin-filename", "x.md", "--format", "json", "--locale", "en"], { cwd, input: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]) });
    expect(r.code).toBe(1);
    expect(parseJsonOutput(r.stdout)[0]!.messages).toMatchObject([{ fatal: true, messageId: "not-text", message: expect.stringMatching(/^"x\.md" is not a text file/u) }]);
  });
});

describe("describePlace", () => {
  it("says where a message is in Word's terms, in the chosen language", () => {
    expect(describePlace({ table: 3, row: 5, column: 2 }, "zh")).toBe("文档第3个表格 第5行第2列");
    expect(describePlace({ table: 3, row: 5, column: 2 }, "en")).toBe("Word table 3, row 5, column 2");
    expect(describePlace({ table: 3, row: 5 }, "zh")).toBe("文档第3个表格 第5行");
    expect(describePlace({ table: 3 }, "en")).toBe("Word table 3");
    expect(describePlace({ paragraph: 12 }, "zh")).toBe("第12段");
    expect(describePlace({ paragraph: 12 }, "en")).toBe("paragraph 12");
    expect(describePlace({}, "en")).toBe("");
  });
});
