import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bindReport } from "../bind/bind-report.ts";
import type { BoundReport } from "../bind/types.ts";
import { extractTables } from "../export/extract.ts";
import { lint } from "../linter.ts";
import { createProfileRegistry, DEFAULT_PROFILE_ID } from "../profiles/builtin.ts";
import { parseTextReport } from "./text.ts";

const fixtures = join(import.meta.dirname, "../../../../fixtures/text");
const seed = readFileSync(join(fixtures, "dazhai-2022-web.txt"), "utf8");
const pdf = readFileSync(join(fixtures, "huaian-2024-pdf.txt"), "utf8");
const registry = createProfileRegistry();
const bind = (text: string): BoundReport => bindReport(parseTextReport(text, registry.all()), registry, { defaultProfile: DEFAULT_PROFILE_ID });
const values = (report: BoundReport, table: string) => extractTables(report).tables.find((t) => t.id === table)!.rows.map((r) => r.cells);
const shapeProblems = (report: BoundReport) => report.tables.flatMap((t) => t.problems.map((p) => `${t.def.def.id} ${p.kind}${"text" in p ? ` ${p.text}` : ""}`));
const found = (text: string, rule?: string) =>
  lint(text, { format: "text" })
    .messages.filter((m) => !rule || m.ruleId === rule)
    .map((m) => `${m.line}:${m.column} ${m.ruleId ?? m.messageId}`);

const SECTIONS = `一、总体情况

本机关做好主动公开、依申请公开、政府信息管理、平台建设和监督保障工作。

`;
const T2_BLOCKS = `第二十条第（五）项
信息内容 本年处理决定数量
行政许可 3
第二十条第（六）项
信息内容 本年处理决定数量
行政处罚 2
行政强制 0
第二十条第（八）项
信息内容 本年收费金额（单位：万元）
行政事业性收费 0
`;

describe("table alignment", () => {
  it("keeps the columns of a one-row header in the order written, with their numbers", () => {
    const text = `${SECTIONS}二、主动公开政府信息情况\n\n第二十条第（一）项\n信息内容 本年废止件数 本年制发件数 现行有效件数\n规章 1 2 3\n行政规范性文件 4 5 6\n${T2_BLOCKS}`;
    const report = bind(text);
    expect(values(report, "T2").slice(0, 2)).toEqual([
      [2, 1, 3],
      [5, 4, 6],
    ]);
    expect(shapeProblems(report).filter((p) => p.startsWith("T2"))).toEqual([]);
  });

  it("cuts two tables written with no title between them where their labels change table", () => {
    const lines = seed.split("\n");
    const heading = lines.findIndex((l) => l.trim() === "四、政府信息公开行政复议、行政诉讼情况");
    lines.splice(heading, 1);
    const report = bind(lines.join("\n"));
    expect(shapeProblems(report)).toEqual([]);
    expect(values(report, "T3").length).toBe(25);
    expect(values(report, "T4")).toEqual([Array(15).fill(0)]);
  });

  it("skips a header repeated after a page break", () => {
    const lines = pdf.split("\n");
    const at = lines.findIndex((l) => l.startsWith("8.属于行政查询事项"));
    const header = lines.slice(lines.indexOf("申请人情况"), lines.indexOf("业 构 组织 机构") + 1);
    lines.splice(at + 1, 0, "- 4 -", ...header);
    const report = bind(lines.join("\n"));
    expect(shapeProblems(report)).toEqual([]);
    expect(values(report, "T3")[12]).toEqual([746, 12, 0, 0, 10, 1, 769]);
  });

  it("leaves a row it cannot align as an unknown row, reported where it is written", () => {
    const lines = seed.split("\n");
    const at = lines.indexOf("8.属于行政查询事项");
    lines.splice(at, 0, "9.属于其他情形", "", ...Array(7).fill("0\n"));
    const text = lines.join("\n");
    expect(shapeProblems(bind(text))).toEqual(["T3 unknown-row 9.属于其他情形"]);
    expect(found(text, "table-shape")).toEqual([`${at + 1}:1 table-shape`]);
  });

  it("reads a short text with a digit in a value's place as that value, for the rules to judge", () => {
    const text = seed.replace("行政许可\n\n0", "行政许可\n\n约45万");
    expect(found(text, "cell-value")).toHaveLength(1);
    expect(shapeProblems(bind(text))).toEqual([]);
  });

  it("reads an empty cell of a tab-separated row as a blank cell in its column", () => {
    const text = `${SECTIONS}二、主动公开政府信息情况\n\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t\t0\t0\n行政规范性文件\t1\t0\t1\n${T2_BLOCKS}`;
    const report = bind(text);
    expect(values(report, "T2")[0]).toEqual([null, 0, 0]);
    const blank = lint(text, { format: "text" }).messages.find((m) => m.ruleId === "blank-cell")!;
    expect(`${blank.line}:${blank.column}`).toBe("9:4");
  });

  it("reads the 2019 template's tables with the 2019 profile", () => {
    const text = [
      SECTIONS,
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容 本年新制作数量 本年新公开数量 对外公开总数量",
      "规章 0 0 0",
      "规范性文件 2 2 10",
      "第二十条第（五）项",
      "信息内容 上一年项目数量 本年增/减 处理决定数量",
      "行政许可 10 +2 30",
      "其他对外管理服务事项 3 -1 4",
    ].join("\n");
    const report = bind(text);
    expect(report.profile.id).toBe("gov-annual-2019");
    expect(values(report, "T2").slice(0, 4)).toEqual([
      [0, 0, 0],
      [2, 2, 10],
      [10, 2, 30],
      [3, -1, 4],
    ]);
  });

  it("keeps a unit note written in the table as text beside it", () => {
    const text = seed.replace("申请人情况\n", "申请人情况\n\n单位：件\n");
    const doc = parseTextReport(text, registry.all());
    expect(doc.blocks.some((b) => b.kind === "paragraph" && b.content.text === "单位：件")).toBe(true);
    expect(shapeProblems(bind(text))).toEqual([]);
  });

  it("skips the report's title repeated at the top of a PDF page, inside a table", () => {
    const lines = pdf.split("\n");
    const at = lines.findIndex((l) => l.startsWith("8.属于行政查询事项"));
    lines.splice(at + 1, 0, "- 4 -", "2024 年政府信息公开工作年度报告");
    const report = bind(lines.join("\n"));
    expect(shapeProblems(report)).toEqual([]);
    expect(values(report, "T3")[12]).toEqual([746, 12, 0, 0, 10, 1, 769]);
  });

  it("reads no number of a short row whose digits split no way that adds up, and says so", () => {
    const text = seed.replace("二、上年结转政府信息公开申请数量\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0\n\n0", "二、上年结转政府信息公开申请数量\n\n12345678");
    const doc = parseTextReport(text, registry.all());
    expect(doc.problems.map((p) => [p.messageId, p.severity, p.data["text"]])).toEqual([["unsplit-numbers", 1, "12345678"]]);
    const report = bind(text);
    expect(values(report, "T3")[1]).toEqual(Array(7).fill(null));
    expect(shapeProblems(report)).toEqual(Array(7).fill("T3 missing-cell"));
  });

  it("reads no number of a short row written one cell per line: which cell is missing cannot be told", () => {
    const text = seed.replace("二、上年结转政府信息公开申请数量\n\n0\n\n", "二、上年结转政府信息公开申请数量\n\n");
    const doc = parseTextReport(text, registry.all());
    expect(doc.problems.map((p) => [p.messageId, p.data["count"], p.data["cells"]])).toEqual([["short-row", "6", "7"]]);
    expect(values(bind(text), "T3")[1]).toEqual(Array(7).fill(null));
  });

  it("reads a short row of a | line as written: its last cells are the missing ones", () => {
    const text = `${SECTIONS}二、主动公开政府信息情况\n\n第二十条第（一）项\n信息内容|本年制发件数|本年废止件数|现行有效件数\n规章|0|0\n行政规范性文件|1|0|1\n${T2_BLOCKS}`;
    const report = bind(text);
    expect(values(report, "T2")[0]).toEqual([0, 0, null]);
    expect(shapeProblems(report)).toContain("T2 missing-cell");
    expect(parseTextReport(text, registry.all()).problems).toEqual([]);
  });

  it("does not search a row of too many digits", () => {
    const text = seed.replace(/0\n\n(0\n\n){13}0\n\n  五、/u, "123456789012345678901\n\n  五、");
    const doc = parseTextReport(text, registry.all());
    expect(doc.problems.map((p) => [p.messageId, p.data["digits"]])).toEqual([["split-too-long", "21"]]);
    expect(shapeProblems(bind(text))).toEqual(["T4 missing-row"]);
  });

  it("stays linear on text full of label fragments that make no table", () => {
    const pieces = ["结", "果", "其他", "结果", "尚未", "审", "维持", "纠正", "商业", "企", "科研", "机", "总计", "0", "1"];
    let state = 7;
    const next = () => (state = (state * 48271) % 2147483647) % pieces.length;
    const lines = ["四、政府信息公开行政复议、行政诉讼情况", "行政复议"];
    for (let i = 0; i < 3000; i++) lines.push(Array.from({ length: 1 + (i % 4) }, () => pieces[next()]).join(" "));
    const started = performance.now();
    parseTextReport(lines.join("\n"), registry.all());
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it("does not take prose that mentions a label for a table", () => {
    const text = `${SECTIONS}二、主动公开政府信息情况\n\n总计\n全年共收到申请 3 件，均已办结\n`;
    const doc = parseTextReport(text, registry.all());
    expect(doc.blocks.some((b) => b.kind === "table")).toBe(false);
  });
});
