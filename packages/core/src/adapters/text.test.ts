import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bindReport } from "../bind/bind-report.ts";
import type { BoundReport } from "../bind/types.ts";
import { extractTables } from "../export/extract.ts";
import { lint, lintAndFix } from "../linter.ts";
import type { ParagraphBlock } from "../model/document.ts";
import { createProfileRegistry, DEFAULT_PROFILE_ID } from "../profiles/builtin.ts";
import { LineIndex } from "../text/line-index.ts";
import { sourceRange } from "../text/text-content.ts";
import { parseText } from "./index.ts";
import { parseTextReport } from "./text.ts";

const fixtures = join(import.meta.dirname, "../../../../fixtures/text");
const fixture = (name: string): string => readFileSync(join(fixtures, name), "utf8");
const registry = createProfileRegistry();
const read = (text: string) => parseTextReport(text, registry.all());
const bind = (text: string): BoundReport => bindReport(read(text), registry, { defaultProfile: DEFAULT_PROFILE_ID });
const values = (report: BoundReport, table: string) => extractTables(report).tables.find((t) => t.id === table)!.rows.map((r) => r.cells);
const shapeProblems = (report: BoundReport) => report.tables.flatMap((t) => t.problems.map((p) => `${t.def.def.id} ${p.kind}`));
const at = (text: string, offset: number) => {
  const { line, column } = new LineIndex(text).locate(offset);
  return `${line}:${column}`;
};
const found = (text: string) => lint(text, { format: "text" }).messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? m.messageId}`);

describe("the seed: a web page copied as text, one table cell per line", () => {
  const seed = fixture("dazhai-2022-web.txt");

  it("is what parseText reads for the format text, and is editable", () => {
    const doc = parseText(seed, "text", registry.all());
    expect(doc.format).toBe("text");
    expect(doc.editable).toBe(true);
    expect(doc.problems).toEqual([]);
  });

  it("keeps 发布机构 and 发布日期 from the page chrome, the date mapped to its own line", () => {
    const doc = read(seed);
    const paragraphs = doc.blocks.filter((b): b is ParagraphBlock => b.kind === "paragraph").map((b) => b.content);
    expect(paragraphs.map((c) => c.text)).toContain("发布机构：大寨乡人民政府");
    const date = paragraphs.find((c) => c.text === "发布日期：2023-02-02")!;
    const range = sourceRange(date, 5, 15);
    expect(seed.slice(range.start, range.end)).toBe("2023-02-02");
    expect(at(seed, range.start)).toBe("8:5");
    const report = bind(seed);
    expect(report.metadata.published?.value).toBe("2023-02-02");
    expect(report.metadata.issuer?.value).toBe("大寨乡人民政府");
    expect(report.metadata.issuerLevel?.level).toBe("township");
  });

  it("reads the title and the six section titles as headings", () => {
    const headings = read(seed).blocks.flatMap((b) => (b.kind === "heading" ? [`${b.depth} ${b.content.text}`] : []));
    expect(headings).toEqual([
      "1 大寨乡2022年政府信息公开工作年度报告",
      "2 一、总体情况",
      "2 二、主动公开政府信息情况",
      "2 三、收到和处理政府信息公开申请情况",
      "2 四、政府信息公开行政复议、行政诉讼情况",
      "2 五、存在的主要问题及改进情况",
      "2 六、其他需要报告的事项",
    ]);
  });

  it("binds every table with every value and no shape problem", () => {
    const report = bind(seed);
    expect(report.profile.id).toBe("gov-annual-2021");
    expect(shapeProblems(report)).toEqual([]);
    expect(values(report, "T2")).toEqual([[0, 0, 0], [0, 0, 0], [0], [0], [0], [0]]);
    const t3 = values(report, "T3");
    expect(t3.length).toBe(25);
    expect(t3.every((row) => row.length === 7 && row.every((v) => v === 0))).toBe(true);
    expect(values(report, "T4")).toEqual([Array(15).fill(0)]);
  });

  it("keeps the captions cut to 第二十条第 as text, each before the block it heads", () => {
    const doc = read(seed);
    const cut = doc.blocks.filter((b) => b.kind === "paragraph" && b.content.text === "第二十条第");
    expect(cut.length).toBe(4);
    const report = bind(seed);
    const t2 = report.tables.find((t) => t.def.def.id === "T2")!;
    expect(t2.blocks.map((b) => [b.def.def.key, b.found, b.rows.map((r) => r.label?.text)])).toEqual([
      ["art20_1", true, ["规章", "行政规范性文件"]],
      ["art20_5", true, ["行政许可"]],
      ["art20_6", true, ["行政处罚", "行政强制"]],
      ["art20_8", true, ["行政事业性收费"]],
    ]);
  });

  it("joins labels split over lines, and points at the lines they came from", () => {
    const report = bind(seed);
    const t3 = report.tables.find((t) => t.def.def.id === "T3")!.blocks[0]!;
    const commercial = t3.columns.find((c) => c.def.key === "commercial")!.header!;
    expect(commercial.text).toBe("商业企业");
    expect(seed.slice(commercial.range.start, commercial.range.end)).toBe("商业\n\n企业");
    const t4 = report.tables.find((t) => t.def.def.id === "T4")!.blocks[0]!;
    expect(t4.columns.map((c) => c.header?.text)).toEqual([
      ...["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
      ...["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
      ...["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
    ]);
  });

  it("reports its real findings and nothing else: a township's late publication, 依申请公开 missing from part 一", () => {
    expect(found(seed).sort()).toEqual(["14:3 section-topics", "7:5 publication-deadline"]);
    const messages = lint(seed, { format: "text" }).messages;
    expect(messages.every((m) => m.severity === 1)).toBe(true);
    expect(messages.find((m) => m.ruleId === "section-topics")!.message).toContain("依申请公开");
    expect(messages.find((m) => m.ruleId === "publication-deadline")!.messageId).toBe("late-township");
  });

  it("takes <!-- --> comments out of the text and honours the directives in them", () => {
    const text = seed.replace("  一、总体情况", "<!-- reportlint-disable-next-line section-topics -- 见第三部分 -->\n  一、总体情况");
    const doc = read(text);
    expect(doc.comments.map((c) => c.text.trim())).toContain("reportlint-disable-next-line section-topics -- 见第三部分");
    expect(found(text)).toEqual(["7:5 publication-deadline"]);
  });

  it("reports a wrong number on the line and column of its cell", () => {
    const lines = seed.split("\n");
    const label = lines.indexOf("一、本年新收政府信息公开申请数量");
    const total = label + 14; // seven values, one per line, a blank line after each
    expect(lines[total]).toBe("0");
    lines[total] = "5";
    const changed = lines.join("\n");
    expect(found(changed)).toContain(`${total + 1}:1 arithmetic`);
  });

  it("fixes a cell in the file itself: a / written for zero becomes 0 where it stands", () => {
    const lines = seed.split("\n");
    const label = lines.indexOf("2.重复申请");
    lines[label + 2] = "/";
    const changed = lines.join("\n");
    expect(found(changed)).toContain(`${label + 3}:1 blank-cell`);
    const { output, result } = lintAndFix(changed, { format: "text" });
    expect(output).toBe(seed);
    expect(result.messages.map((m) => m.ruleId).sort()).toEqual(["publication-deadline", "section-topics"]);
  });
});

describe("the text of the official PDF: cells broken across lines, vertical labels, page footers", () => {
  const pdf = fixture("huaian-2024-pdf.txt");
  const expected = JSON.parse(fixture("huaian-2024-table3-values.json")) as { t3: number[][] };

  it("binds table 三 to exactly the values of the report", () => {
    expect(values(bind(pdf), "T3")).toEqual(expected.t3);
  });

  it("binds table 四 and table 二", () => {
    const report = bind(pdf);
    expect(values(report, "T4")).toEqual([[72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20]]);
    expect(values(report, "T2")).toEqual([[1, 0, 11], [8, 26, 66], [447228], [3985758], [88283], [96171.6]]);
    expect(shapeProblems(report)).toEqual([]);
  });

  it("finds nothing wrong with a report that adds up: no error, no warning", () => {
    expect(found(pdf)).toEqual([]);
  });

  it("reads the vertical group labels whole, in template order before the rows they head", () => {
    const report = bind(pdf);
    const t3 = report.tables.find((t) => t.def.def.id === "T3")!.blocks[0]!;
    const group = (key: string) => t3.rows.find((r) => r.def.key === key)!;
    expect(group("results").label!.text).toBe("三、本年度办理结果");
    expect(group("results").labelOnly).toBe(true);
    expect(group("refused").label!.text).toBe("（三）不予公开");
    expect(group("other").label!.text).toBe("（六）其他处理");
    // Written across other rows: the label points at its first piece, never over the cells between.
    expect(at(pdf, group("results").label!.range.start)).toBe("88:1");
    expect(pdf.slice(group("results").label!.range.start, group("results").label!.range.end)).toBe("三、");
  });

  it("points at cells after a page footer where they stand", () => {
    const report = bind(pdf);
    const t3 = report.tables.find((t) => t.def.def.id === "T3")!.blocks[0]!;
    const row = t3.rows.find((r) => r.def.key === "unable_2")!;
    expect(at(pdf, row.label!.range.start)).toBe("103:11");
    expect(at(pdf, row.cells.get("natural")!.cell.contentRange.start)).toBe("103:26");
  });

  it("joins the issuer's line to a title that starts with the year", () => {
    const report = bind(pdf);
    expect(report.metadata.title?.value).toBe("淮安市人民政府2024 年政府信息公开工作年度报告");
    expect(report.metadata.issuer?.value).toBe("淮安市人民政府");
    expect(report.metadata.titleYear?.value).toBe(2024);
  });
});

describe("text with | between cells", () => {
  const text = fixture("pipe-separated.txt");

  it("reads rows as lines, with and without the outer bars, and reports errors on their cells", () => {
    const report = bind(text);
    expect(shapeProblems(report)).toEqual([]);
    expect(values(report, "T2")).toEqual([[0, 0, 0], [2, 1, 15], [356], [1204], [12], [0]]);
    expect(values(report, "T3")[2]).toEqual([10, 2, 0, 0, 1, 0, 14]);
    expect(values(report, "T4")).toEqual([[1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    expect(found(text)).toEqual(["37:38 arithmetic", "62:36 arithmetic"]);
  });
});

describe("numbers written together", () => {
  const text = fixture("joined-numbers.txt");

  it("splits a row the one way its arithmetic allows, and says so", () => {
    const doc = read(text);
    expect(doc.problems.map((p) => `${at(text, p.range.start)} ${p.messageId} ${p.data["split"] ?? p.data["candidates"]}`)).toEqual([
      "28:1 split-numbers 0|0|0",
      "100:1 split-numbers 71|3|0|0|0|0|74",
      "104:1 split-numbers 0|0|0|0|0|0|0",
      "110:1 ambiguous-split 1|1|10|0|0|0|12；1|11|0|0|0|0|12；11|1|0|0|0|0|12",
      "534:1 split-numbers 0|0|0|0|0|0|0|0|0|0|0|0|0|0|0",
    ]);
    expect(doc.problems.every((p) => p.severity === 1 && p.message.zh && p.message.en)).toBe(true);
  });

  it("gives each cell of a split the place of its digits", () => {
    const report = bind(text);
    const t3 = report.tables.find((t) => t.def.def.id === "T3")!.blocks[0]!;
    const row = t3.rows.find((r) => r.def.key === "new")!;
    const cell = row.cells.get("total")!.cell;
    expect(text.slice(cell.contentRange.start, cell.contentRange.end)).toBe("74");
    expect(at(text, cell.contentRange.start)).toBe("100:8");
    expect(values(report, "T3")[0]).toEqual([71, 3, 0, 0, 0, 0, 74]);
  });

  it("uses no split when several add up: the row's cells are missing, never invented", () => {
    const report = bind(text);
    const t3 = report.tables.find((t) => t.def.def.id === "T3")!;
    expect(values(report, "T3")[2]).toEqual([null, null, null, null, null, null, null]);
    expect(t3.problems.filter((p) => p.kind === "missing-cell").length).toBe(7);
    expect(shapeProblems(report).filter((p) => !p.endsWith("missing-cell"))).toEqual([]);
  });
});
