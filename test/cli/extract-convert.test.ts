import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyInto, CORRECT, parseJsonOutput, ROOT, run, workspace, WRONG_TOTALS, type Run } from "./helpers.ts";

interface ExtractedFile {
  file: string;
  profile: string;
  tables: { id: string; title: string; rows: { key: string; label: string; cells: (number | null)[] }[] }[];
}

const HUAIAN = join(ROOT, "fixtures", "samples", "huaian-2024.md");
const DOCX_WRONG_TOTAL = join(ROOT, "fixtures", "docx", "huaian-2024-wrong-total.docx");
const HTML_WRONG_TOTAL = join(ROOT, "fixtures", "html", "wrong-total-word-export.html");

const row = (file: ExtractedFile, table: string, key: string) => file.tables.find((t) => t.id === table)?.rows.find((r) => r.key === key);

/** What linting finds, positions aside: `ruleId/messageId/message`, sorted. */
function findings(r: Run): string[] {
  return parseJsonOutput(r.stdout)
    .flatMap((result) => result.messages)
    .map((m) => `${m.ruleId ?? "-"}/${m.messageId}/${m.message}`)
    .sort();
}

describe("reportlint extract", () => {
  it("--format json: one file gives one object, every template row, cells in template column order", () => {
    const cwd = workspace();
    copyInto(cwd, HUAIAN, "huaian-2024.md");
    const r = run(["extract", "huaian-2024.md", "--format", "json"], { cwd });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const out = JSON.parse(r.stdout) as ExtractedFile;
    expect(Object.keys(out)).toEqual(["file", "profile", "tables"]);
    expect(out.file).toBe("huaian-2024.md");
    expect(out.profile).toBe("gov-annual-2021");
    expect(out.tables.map((t) => [t.id, t.title])).toEqual([
      ["T2", "主动公开政府信息情况"],
      ["T3", "收到和处理政府信息公开申请情况"],
      ["T4", "政府信息公开行政复议、行政诉讼情况"],
    ]);
    expect(row(out, "T2", "regulations")).toEqual({ key: "regulations", label: "规章", cells: [1, 0, 11] });
    expect(row(out, "T2", "fees")?.cells).toEqual([96171.6]);
    expect(row(out, "T3", "new")).toEqual({ key: "new", label: "一、本年新收政府信息公开申请数量", cells: [3001, 53, 0, 0, 61, 4, 3119] });
    expect(row(out, "T3", "resolved")?.cells).toEqual([2932, 53, 0, 0, 61, 4, 3050]);
    expect(row(out, "T3", "results")).toBeUndefined(); // group rows are not exported
    const t4 = out.tables.find((t) => t.id === "T4")!;
    expect(t4.rows).toHaveLength(1);
    expect(t4.rows[0]!.cells).toEqual([72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]);
    // json is the default
    expect(run(["extract", "huaian-2024.md"], { cwd }).stdout).toBe(r.stdout);
  });

  it("a blank cell is null; several files, a directory or a glob give an array", () => {
    const blank = CORRECT.replace("| 一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119 |", "| 一、本年新收政府信息公开申请数量 | 3001 | 53 |  | / | 61 | 4 | 3119 |");
    expect(blank).not.toBe(CORRECT);
    const cwd = workspace({ "r/a.md": CORRECT, "r/b.md": blank });
    const several = run(["extract", "r/a.md", "r/b.md"], { cwd });
    expect(several.code).toBe(0);
    const files = JSON.parse(several.stdout) as ExtractedFile[];
    expect(files.map((f) => f.file)).toEqual(["r/a.md", "r/b.md"]);
    expect(row(files[1]!, "T3", "new")?.cells).toEqual([3001, 53, null, null, 61, 4, 3119]);
    expect(JSON.parse(run(["extract", "r"], { cwd }).stdout)).toEqual(files);
    expect(JSON.parse(run(["extract", "r/*.md"], { cwd }).stdout)).toEqual(files);
    const one = JSON.parse(run(["extract", "r/b.md"], { cwd }).stdout) as ExtractedFile;
    expect(one).toEqual(files[1]);
  });

  it("--format csv: a header, then one line per cell (RFC 4180), blank as empty", () => {
    const blank = CORRECT.replace("| 规章 | 1 | 0 | 11 |", "| 规章 | 1 |  | 11 |");
    const cwd = workspace({ "a,b.md": blank, "c.md": CORRECT });
    const r = run(["extract", "a,b.md", "c.md", "--format", "csv"], { cwd });
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout.endsWith("\r\n")).toBe(true);
    const lines = r.stdout.split("\r\n").slice(0, -1);
    expect(lines[0]).toBe("file,table,row,column,value");
    expect(lines.slice(1, 4)).toEqual(['"a,b.md",T2,regulations,issued,1', '"a,b.md",T2,regulations,repealed,', '"a,b.md",T2,regulations,valid,11']);
    expect(lines).toContain("c.md,T3,new,natural,3001");
    expect(lines).toContain("c.md,T3,new,total,3119");
    expect(lines).toContain("c.md,T2,fees,amount,96171.6");
    expect(lines).toContain("c.md,T4,cases,after_total,20");
    // per file: T2 has 3+3+1+1+1+1 cells, T3 25 rows of 7, T4 15
    expect(lines.length - 1).toBe(2 * (10 + 25 * 7 + 15));
  });

  it("-o writes the output to a file", () => {
    const cwd = workspace({ "a.md": CORRECT });
    const r = run(["extract", "a.md", "-f", "csv", "-o", "out.csv"], { cwd });
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(cwd, "out.csv"), "utf8").startsWith("file,table,row,column,value\r\na.md,T2,regulations,issued,1\r\n")).toBe(true);
  });

  it("reads every format by extension: .html and .docx give the same table values as the Markdown", () => {
    const cwd = workspace();
    copyInto(cwd, HUAIAN, "r/a.md");
    copyInto(cwd, join(ROOT, "fixtures", "html", "huaian-2024.html"), "r/b.html");
    copyInto(cwd, join(ROOT, "fixtures", "docx", "huaian-2024.docx"), "r/c.docx");
    const r = run(["extract", "r"], { cwd });
    expect(r.code).toBe(0);
    const [md, html, docx] = JSON.parse(r.stdout) as ExtractedFile[];
    expect(html!.tables).toEqual(md!.tables);
    expect(docx!.tables).toEqual(md!.tables);
  });

  it("--profile forces the profile", () => {
    const cwd = workspace({ "a.md": CORRECT });
    const out = JSON.parse(run(["extract", "a.md", "--profile", "gov-annual-2019"], { cwd }).stdout) as ExtractedFile;
    expect(out.profile).toBe("gov-annual-2019");
  });

  it.each([
    [["extract"], /^reportlint: missing required argument 'files'\n$/u],
    [["extract", "a.md", "--format", "xml"], /^reportlint: option '-f, --format <format>' argument 'xml' is invalid/u],
    [["extract", "a.md", "--bogus"], /^reportlint: unknown option '--bogus'/u],
    [["extract", "missing.md"], /^reportlint: no such file or directory: missing.md\n$/u],
    [["extract", "a.md", "--profile", "nope"], /^reportlint: --profile: unknown profile "nope"/u],
    [["--format", "json", "extract", "a.md"], /^reportlint: --format is an option of linting; the options of "extract" go after it\n$/u],
    [["convert"], /^reportlint: missing required argument 'file'\n$/u],
    [["convert", "a.md", "b.md"], /^reportlint: too many arguments for 'convert'/u],
    [["convert", "a.md", "--to", "html"], /^reportlint: option '--to <format>' argument 'html' is invalid/u],
    [["convert", "missing.md"], /^reportlint: cannot read missing.md: no such file or directory\n$/u],
    [["convert", "dir"], /^reportlint: cannot read dir: is a directory\n$/u],
  ])("usage error %j: exit 2, one line on stderr, nothing on stdout", (args, message) => {
    const cwd = workspace({ "a.md": CORRECT, "b.md": CORRECT, "dir/x.md": CORRECT });
    const r = run(args, { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split("\n")).toHaveLength(2);
  });
});

describe("reportlint convert", () => {
  it("prints canonical Markdown that lints exactly as the original", () => {
    const cwd = workspace({ "wrong.md": WRONG_TOTALS });
    const converted = run(["convert", "wrong.md", "--to", "md"], { cwd });
    expect(converted).toMatchObject({ code: 0, stderr: "" });
    expect(converted.stdout).toMatch(/^---\n/u);
    const original = run(["wrong.md", "--format", "json"], { cwd });
    const again = run(["--stdin", "--stdin-filename", "converted.md", "--format", "json"], { cwd, input: converted.stdout });
    expect(original.code).toBe(1);
    expect(again.code).toBe(1);
    expect(findings(again)).toEqual(findings(original));
    expect(findings(original).filter((f) => f.startsWith("arithmetic/"))).toHaveLength(4);
  });

  it("converts .docx and .html: the Markdown lints as the original does", () => {
    const cwd = workspace();
    copyInto(cwd, DOCX_WRONG_TOTAL, "wrong.docx");
    copyInto(cwd, HTML_WRONG_TOTAL, "wrong.html");
    for (const file of ["wrong.docx", "wrong.html"]) {
      const converted = run(["convert", file], { cwd });
      expect(converted.code).toBe(0);
      expect(converted.stdout).toContain("| （七）总计 |");
      const original = findings(run([file, "--format", "json"], { cwd }));
      expect(original.some((f) => f.startsWith("arithmetic/"))).toBe(true);
      expect(findings(run(["--stdin", "--stdin-filename", "x.md", "--format", "json"], { cwd, input: converted.stdout }))).toEqual(original);
    }
  });

  it("-o writes the Markdown to a file, which extracts to the same tables", () => {
    const cwd = workspace();
    copyInto(cwd, join(ROOT, "fixtures", "docx", "huaian-2024.docx"), "report.docx");
    expect(run(["convert", "report.docx", "-o", "report.md"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    const fromDocx = JSON.parse(run(["extract", "report.docx"], { cwd }).stdout) as ExtractedFile;
    const fromMd = JSON.parse(run(["extract", "report.md"], { cwd }).stdout) as ExtractedFile;
    expect(fromMd.tables).toEqual(fromDocx.tables);
  });

  it("a file that cannot be read properly: its problem on stderr, exit 1", () => {
    const cwd = workspace({ "broken.docx": "this is not a zip archive" });
    const r = run(["convert", "broken.docx"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^reportlint: broken\.docx: .*broken\.docx/u);
    expect(r.stderr.split("\n")).toHaveLength(2);
  });
});

describe("reportlint lints by extension", () => {
  it("walks directories for .md, .html, .htm, .txt and .docx", () => {
    const cwd = workspace({ "r/a.md": CORRECT, "r/b.htm": "<p>x</p>", "r/c.txt": "x", "r/e.pdf": "x", "r/f.markdown": CORRECT });
    copyInto(cwd, join(ROOT, "fixtures", "docx", "huaian-2024.docx"), "r/d.docx");
    copyInto(cwd, join(ROOT, "fixtures", "html", "huaian-2024.html"), "r/g.html");
    const results = parseJsonOutput(run(["r", "--format", "json"], { cwd }).stdout);
    expect(results.map((x) => x.filePath.slice(cwd.length + 1))).toEqual(["r/a.md", "r/b.htm", "r/c.txt", "r/d.docx", "r/f.markdown", "r/g.html"]);
    for (const i of [0, 3, 4, 5]) expect(results[i]!.messages).toEqual([]);
    const globbed = parseJsonOutput(run(["r/*.{html,docx}", "--format", "json"], { cwd }).stdout);
    expect(globbed.map((x) => x.filePath.slice(cwd.length + 1))).toEqual(["r/d.docx", "r/g.html"]);
  });

  it("--stdin-filename decides the format of standard input", () => {
    const cwd = workspace();
    const html = readFileSync(join(ROOT, "fixtures", "html", "huaian-2024.html"), "utf8");
    expect(run(["--stdin", "--stdin-filename", "report.html", "--format", "json"], { cwd, input: html })).toMatchObject({ code: 0 });
    expect(run(["--stdin", "--stdin-filename", "report.md", "--format", "json"], { cwd, input: html }).code).toBe(1);
  });

  it("a file named explicitly with another extension is linted as Markdown", () => {
    const cwd = workspace({ "report.markdown.bak": CORRECT, "wrong.report": WRONG_TOTALS });
    expect(parseJsonOutput(run(["report.markdown.bak", "--format", "json"], { cwd }).stdout)[0]!.messages).toEqual([]);
    expect(findings(run(["wrong.report", "--format", "json"], { cwd })).filter((f) => f.startsWith("arithmetic/"))).toHaveLength(4);
  });

  it("--fix rewrites HTML like Markdown, and never writes a .docx", () => {
    const html = readFileSync(join(ROOT, "fixtures", "html", "huaian-2024.html"), "utf8");
    const written = '<td><p align="center">规章</p></td><td><p align="center">1</p></td><td><p align="center">0</p></td>';
    const blank = html.replace(written, '<td><p align="center">规章</p></td><td><p align="center">1</p></td><td><p align="center"></p></td>');
    expect(blank).not.toBe(html);
    const cwd = workspace({ "blank.html": blank });
    const fixed = run(["blank.html", "--fix", "--format", "json"], { cwd });
    expect(fixed.code).toBe(0);
    expect(readFileSync(join(cwd, "blank.html"), "utf8")).not.toBe(blank);
    expect(parseJsonOutput(run(["blank.html", "--format", "json"], { cwd }).stdout)[0]!.messages).toEqual([]);

    copyInto(cwd, join(ROOT, "fixtures", "docx", "huaian-2024-wrong-total.docx"), "wrong.docx");
    const docxBefore = readFileSync(join(cwd, "wrong.docx"));
    const r = run(["wrong.docx", "--fix", "--format", "json"], { cwd });
    expect(r.code).toBe(1);
    expect(parseJsonOutput(r.stdout)[0]!.messages.every((m) => m.fix === undefined)).toBe(true);
    expect(readFileSync(join(cwd, "wrong.docx")).equals(docxBefore)).toBe(true);
  });
});
