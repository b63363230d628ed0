import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bindReport } from "../bind/bind-report.ts";
import { extractTables } from "../export/extract.ts";
import { lint, lintAndFix } from "../linter.ts";
import type { Block, HeadingBlock, ParagraphBlock, ReportDocument, TableBlock } from "../model/document.ts";
import { createProfileRegistry, DEFAULT_PROFILE_ID } from "../profiles/builtin.ts";
import { LineIndex } from "../text/line-index.ts";
import { sourceRange } from "../text/text-content.ts";
import { parseHtml } from "./html.ts";
import { parseMarkdown } from "./markdown.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..", "..");
/** 淮安 2024 as a published page: chrome, a 发布日期 line, the body in #zoom, tables in the official layout. */
const HUAIAN = readFileSync(join(ROOT, "fixtures", "html", "huaian-2024.html"), "utf8");

const registry = createProfileRegistry();
const tablesOf = (doc: ReportDocument) => extractTables(bindReport(doc, registry, { defaultProfile: DEFAULT_PROFILE_ID }));

const tables = (doc: ReportDocument): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.kind === "table");
const texts = (table: TableBlock): string[][] => table.rows.map((r) => r.cells.map((c) => c.text));
const textBlocks = (doc: ReportDocument): (HeadingBlock | ParagraphBlock)[] => doc.blocks.filter((b): b is HeadingBlock | ParagraphBlock => b.kind !== "table");
const outline = (doc: ReportDocument): string[] =>
  doc.blocks.map((b: Block) => (b.kind === "table" ? "table" : b.kind === "heading" ? `h${b.depth} ${b.content.text}` : `p ${b.content.text}`));
const slice = (source: string, r: { start: number; end: number }): string => source.slice(r.start, r.end);
const page = (body: string): string => `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>页面</title></head>\n<body>\n${body}\n</body></html>\n`;

/** Table 四 of the 2021 template in its official layout; `total` is 行政复议·总计 as written. */
const table4 = (total: string): string =>
  [
    "<table>",
    '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
    '<tr><td rowspan="2">结果<br>维持</td><td rowspan="2">结果<br>纠正</td><td rowspan="2">其他<br>结果</td><td rowspan="2">尚未<br>审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
    "<tr>" + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>".repeat(2) + "</tr>",
    `<tr><td>72</td><td>64</td><td>178</td><td>37</td><td>${total}</td><td>13</td><td>4</td><td>8</td><td>1</td><td>26</td><td>12</td><td>1</td><td>1</td><td>6</td><td>20</td></tr>`,
    "</table>",
  ].join("\n");

describe("parseHtml", () => {
  describe("tables", () => {
    it("expands rowspan and colspan: the text in the top-left position, empty cells zero-width at it", () => {
      const source = page(
        [
          "<table>",
          '<tr><td rowspan="2">组</td><td colspan="2">甲乙</td><td>丙</td></tr>',
          "<tr><td>1</td><td>2</td><td>3</td></tr>",
          '<tr><td>x</td><td>4</td><td colspan="2">5</td></tr>',
          "</table>",
        ].join("\n"),
      );
      const doc = parseHtml(source);
      const [table] = tables(doc);
      expect(texts(table!)).toEqual([
        ["组", "甲乙", "", "丙"],
        ["", "1", "2", "3"],
        ["x", "4", "5", ""],
      ]);
      const origin = table!.rows[0]!.cells[0]!;
      const below = table!.rows[1]!.cells[0]!;
      expect(slice(source, origin.contentRange)).toBe("组");
      for (const r of [below.range, below.contentRange, below.editRange]) expect(r).toEqual({ start: origin.contentRange.start, end: origin.contentRange.start });
      const right = table!.rows[0]!.cells[2]!;
      expect(right.contentRange).toEqual({ start: table!.rows[0]!.cells[1]!.contentRange.start, end: table!.rows[0]!.cells[1]!.contentRange.start });
      expect(slice(source, table!.rows[2]!.cells[2]!.range)).toBe('<td colspan="2">5</td>');
      expect(slice(source, table!.rows[1]!.range)).toBe("<tr><td>1</td><td>2</td><td>3</td></tr>");
    });

    it("reads the official layouts of the 淮安 page into the same tables as its Markdown", () => {
      const markdown = tablesOf(parseMarkdown(readFileSync(join(ROOT, "fixtures", "samples", "huaian-2024.md"), "utf8")));
      const doc = parseHtml(HUAIAN);
      expect(tablesOf(doc)).toEqual(markdown);
      const [t2, t3, t4] = tables(doc);
      expect(t2!.rows.map((r) => r.cells.length)).toEqual(Array(14).fill(4));
      expect(texts(t2!)[5]).toEqual(["信息内容", "本年处理决定数量", "", ""]);
      expect(t3!.rows).toHaveLength(28);
      expect(texts(t3!)[2]).toEqual(["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]);
      expect(texts(t3!)[7]!.slice(0, 4)).toEqual(["", "（三）不予公开", "1.属于国家秘密", "2"]);
      expect(texts(t4!)[1]!.slice(0, 6)).toEqual(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉"]);
    });

    it("lints the 淮安 page with no message", () => {
      expect(lint(HUAIAN, { format: "html" }).messages).toEqual([]);
    });

    it("reads Word's spurious grid columns as one column, so values stay under their headers", () => {
      // Pasted from Word (上海 2019): 本年增/减 spans grid columns 2–3, the value under it starts at 3.
      const source = page(
        [
          "<table>",
          '<tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td><td>处理决定数量</td></tr>',
          '<tr><td>行政许可</td><td colspan="2"><p align="center">10</p></td><td>2</td><td>30</td></tr>',
          '<tr><td>信息内容</td><td colspan="2">采购项目数量</td><td colspan="2">采购总金额</td></tr>',
          '<tr><td>政府集中采购</td><td colspan="2">6</td><td colspan="2">251000</td></tr>',
          "</table>",
        ].join("\n"),
      );
      expect(texts(tables(parseHtml(source))[0]!)).toEqual([
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政许可", "10", "2", "30"],
        ["信息内容", "采购项目数量", "采购总金额", ""],
        ["政府集中采购", "6", "251000", ""],
      ]);
    });

    it("reads only the outermost data table; a table that lays the page out is read as flow", () => {
      const source = page(
        [
          '<table width="1000"><tr><td class="left"><p>一、总体情况</p><p>本年度工作平稳推进。</p>',
          "<table><tr><td>规章</td><td>1</td></tr><tr><td>行政规范性文件</td><td>2</td></tr></table>",
          "</td></tr></table>",
          "<table><tr><td>甲</td><td><table><tr><td>内</td><td>3</td></tr></table></td></tr><tr><td>乙</td><td>4</td></tr></table>",
        ].join("\n"),
      );
      const doc = parseHtml(source);
      expect(outline(doc)).toEqual(["h2 一、总体情况", "p 本年度工作平稳推进。", "table", "table"]);
      expect(texts(tables(doc)[0]!)).toEqual([
        ["规章", "1"],
        ["行政规范性文件", "2"],
      ]);
      expect(texts(tables(doc)[1]!)).toEqual([
        ["甲", "内 3"],
        ["乙", "4"],
      ]);
    });
  });

  describe("cell text", () => {
    const source = page(
      [
        "<table>",
        "<tr><td>商业<br>企业</td><td><p>法律服务</p><p>机构</p></td><td>8.属于行政\n  查询事项</td><td>Total<br/>count</td></tr>",
        '<tr><td>&nbsp;</td><td><p align="center">&nbsp;</p></td><td>&nbsp;12</td><td><p align="center"><span>34</span>&nbsp;</p></td></tr>',
        "<tr><td></td><td>  </td><td>&lt;5&gt;</td><td>1&nbsp;000</td></tr>",
        "</table>",
      ].join("\n"),
    );
    const [table] = tables(parseHtml(source));
    const cell = (r: number, c: number) => table!.rows[r]!.cells[c]!;

    it("joins a label split by <br>, by paragraphs or by a line break between CJK characters", () => {
      expect(texts(table!)[0]).toEqual(["商业企业", "法律服务机构", "8.属于行政查询事项", "Total count"]);
    });

    it("reads &nbsp; as a space, and a cell holding only &nbsp; as empty", () => {
      expect(texts(table!)[1]).toEqual(["", "", "12", "34"]);
      expect(texts(table!)[2]).toEqual(["", "", "<5>", "1 000"]);
    });

    it("points contentRange at the text as written, entities whole", () => {
      expect(slice(source, cell(1, 2).contentRange)).toBe("12");
      expect(slice(source, cell(2, 2).contentRange)).toBe("&lt;5&gt;");
      expect(slice(source, cell(2, 3).contentRange)).toBe("1&nbsp;000");
      expect(slice(source, cell(0, 0).contentRange)).toBe("商业<br>企业");
    });

    it("edits what is inside the innermost element holding the text, &nbsp; and all", () => {
      expect(slice(source, cell(1, 2).editRange)).toBe("&nbsp;12");
      expect(slice(source, cell(1, 3).editRange)).toBe("34");
      expect(slice(source, cell(1, 0).editRange)).toBe("&nbsp;");
      expect(slice(source, cell(1, 1).editRange)).toBe("&nbsp;");
      expect(slice(source, cell(2, 0).editRange)).toBe("");
      expect(slice(source, cell(2, 1).editRange)).toBe("  ");
      expect(cell(2, 0).editRange.start).toBe(source.indexOf("<tr><td></td>") + "<tr><td>".length);
      for (const c of [cell(1, 0), cell(2, 0), cell(1, 2)]) expect(c.editPadding).toBe("");
    });

    it("keeps offsets right after references and \\r\\n line ends", () => {
      const crlf = page("<p>甲&amp;乙</p>\r\n<p>统计期限&nbsp;自2024年1月1日至2024年12月31日。</p>").replace(/\n/gu, "\r\n");
      const [first, second] = textBlocks(parseHtml(crlf));
      expect(first!.content.text).toBe("甲&乙");
      expect(second!.content.text).toBe("统计期限 自2024年1月1日至2024年12月31日。");
      const at = second!.content.text.indexOf("2024");
      expect(slice(crlf, sourceRange(second!.content, at, at + 4))).toBe("2024");
      expect(slice(crlf, sourceRange(first!.content, 2, 3))).toBe("乙");
    });
  });

  describe("headings", () => {
    const doc = parseHtml(
      page(
        [
          "<h1>某某局2024年政府信息公开工作年度报告</h1>",
          "<h3>（一）主动公开</h3>",
          "<p><strong>一、总体情况</strong></p>",
          "<p><b>（二）依申请公开</b></p>",
          '<p><span style="font-weight: bold">二、主动公开政府信息情况</span></p>',
          '<p style="font-weight:700">（三）政府信息管理</p>',
          "<p>四、政府信息公开行政复议、行政诉讼情况</p>",
          "<p><br />五、存在问题及改进情况</p>",
          "<p>一、加强政策解读，全年发布解读材料12篇，其中图解5篇。</p>",
          "<p><strong>全年共收到申请21件，均已按时答复，未发生因政府信息公开引起的行政复议和行政诉讼，也未收到任何投诉举报，工作平稳有序。</strong></p>",
          '<p><strong>（四）</strong><span style="font-weight:normal">平台建设情况</span></p>',
          "<p>（五）监督保障</p>",
        ].join("\n"),
      ),
    );

    it("reads <h1>–<h6>, wholly bold paragraphs and short enumerated paragraphs as headings", () => {
      expect(outline(doc)).toEqual([
        "h1 某某局2024年政府信息公开工作年度报告",
        "h3 （一）主动公开",
        "h2 一、总体情况",
        "h3 （二）依申请公开",
        "h2 二、主动公开政府信息情况",
        "h3 （三）政府信息管理",
        "h2 四、政府信息公开行政复议、行政诉讼情况",
        "h2 五、存在问题及改进情况",
        "p 一、加强政策解读，全年发布解读材料12篇，其中图解5篇。",
        "p 全年共收到申请21件，均已按时答复，未发生因政府信息公开引起的行政复议和行政诉讼，也未收到任何投诉举报，工作平稳有序。",
        "p （四）平台建设情况",
        "p （五）监督保障",
      ]);
    });

    it("gives a heading the range of its element, and text spans into the source", () => {
      const h = doc.blocks[2] as HeadingBlock;
      expect(slice(doc.source, h.range)).toBe("<p><strong>一、总体情况</strong></p>");
      expect(slice(doc.source, sourceRange(h.content, 0, h.content.text.length))).toBe("一、总体情况");
    });

    it("binds every section of a report whose titles are plain or bold paragraphs", () => {
      const report = bindReport(parseHtml(HUAIAN.replace(/<strong>(四、[^<]*)<\/strong>/u, "$1")), registry, { defaultProfile: DEFAULT_PROFILE_ID });
      expect(report.sections.map((s) => s.heading?.title)).toEqual([
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
      ]);
    });
  });

  describe("page chrome", () => {
    const doc = parseHtml(HUAIAN);
    const all = textBlocks(doc)
      .map((b) => b.content.text)
      .join("\n");

    it("leaves out navigation, breadcrumbs, share and print buttons, footers, scripts and styles", () => {
      for (const chrome of ["首页", "当前位置", "分享到", "打印本页", "主办单位", "相关阅读", "document.write", "border-collapse", "浏览次数", "搜索"]) {
        expect(all, chrome).not.toContain(chrome);
      }
      expect(all).toContain("本报告由淮安市人民政府办公室根据");
    });

    it("takes the page's <h1> above the body as the title, and keeps the 发布日期 line of the chrome", () => {
      const [title, date, first] = doc.blocks as [HeadingBlock, ParagraphBlock, ParagraphBlock];
      expect(title).toMatchObject({ kind: "heading", depth: 1 });
      expect(slice(HUAIAN, title.range)).toBe('<h1 class="article-title">淮安市人民政府2024年政府信息公开工作年度报告</h1>');
      expect(date).toMatchObject({ kind: "paragraph", content: { text: "发布日期：2025-01-20" } });
      expect(slice(HUAIAN, date.range)).toBe("发布日期：2025-01-20");
      expect(first.content.text).toMatch(/^本报告由/u);
      const meta = bindReport(doc, registry, { defaultProfile: DEFAULT_PROFILE_ID }).metadata;
      expect(meta.published?.value).toBe("2025-01-20");
      expect(meta.title?.value).toBe("淮安市人民政府2024年政府信息公开工作年度报告");
    });

    it("falls back to the part of <title> that names the report", () => {
      const source = `<html><head><title>某某乡2024年政府信息公开工作年度报告_某某县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a></div>
<div class="TRS_Editor"><p>一、总体情况</p><p>本年度工作平稳推进。</p><p>六、其他需要报告的事项</p><p>无。</p></div>
<div class="footer">版权所有</div></body></html>`;
      const parsed = parseHtml(source);
      expect(outline(parsed)).toEqual(["h1 某某乡2024年政府信息公开工作年度报告", "h2 一、总体情况", "p 本年度工作平稳推进。", "h2 六、其他需要报告的事项", "p 无。"]);
      expect(slice(source, parsed.blocks[0]!.range)).toBe("某某乡2024年政府信息公开工作年度报告");
    });

    it("without a known container, reads the smallest element holding every data table and section title", () => {
      const source = page(
        [
          '<div class="top"><ul><li><a href="/">网站首页</a></li><li>一、通知公告</li></ul></div>',
          '<div class="wrapper"><div class="left">栏目导航 政策文件 年报</div>',
          '<div class="right"><p>一、总体情况</p><p>正文。</p><p>四、政府信息公开行政复议、行政诉讼情况</p>',
          table4("351"),
          "</div></div>",
          "<p>联系我们 网站地图</p>",
        ].join("\n"),
      );
      expect(outline(parseHtml(source))).toEqual(["h2 一、总体情况", "p 正文。", "h2 四、政府信息公开行政复议、行政诉讼情况", "table"]);
    });
  });

  describe("comments and directives", () => {
    it("collects comments, and a reportlint-disable comment turns a rule off in HTML", () => {
      const source = page(`<div id="zoom"><p>四、政府信息公开行政复议、行政诉讼情况</p>\n<!-- reportlint-disable arithmetic -->\n${table4("352")}</div>`);
      const doc = parseHtml(source);
      expect(doc.comments.map((c) => c.text)).toEqual([" reportlint-disable arithmetic "]);
      expect(slice(source, doc.comments[0]!.range)).toBe("<!-- reportlint-disable arithmetic -->");
      expect(lint(source, { format: "html" }).messages.filter((m) => m.ruleId === "arithmetic")).toEqual([]);
    });
  });

  describe("diagnostics on HTML", () => {
    it("places a wrong total's arithmetic error at the cell's line and column in the HTML source", () => {
      const source = page(`<div id="zoom">\n<p>四、政府信息公开行政复议、行政诉讼情况</p>\n${table4('<p align="center">&nbsp;352</p>')}\n</div>`);
      const errors = lint(source, { format: "html" }).messages.filter((m) => m.ruleId === "arithmetic");
      expect(errors.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`)).toEqual(["10:78-10:81"]);
      expect(source.split("\n")[9]!.slice(77, 80)).toBe("352");
      expect(errors[0]!.message).toContain("351");
    });

    it("places the error at the same cell of the 淮安 page, line and column", () => {
      const wrong = HUAIAN.replace('<td><p align="center">64</p></td>', '<td><p align="center">65</p></td>');
      const errors = lint(wrong, { format: "html" }).messages.filter((m) => m.ruleId === "arithmetic");
      const at = new LineIndex(wrong).locate(wrong.indexOf(">351<") + 1);
      expect(errors.map((m) => [m.line, m.column])).toEqual([[at.line, at.column]]);
    });

    it("fixes blank cells to 0 and leaves valid HTML", () => {
      const zeros = '<td><p align="center">0</p></td><td><p align="center">0</p></td><td><p align="center">61</p></td>';
      const rule = '<td><p align="center">1</p></td><td><p align="center">0</p></td><td><p align="center">11</p></td>';
      const blank = HUAIAN.replace(zeros, '<td></td><td>&nbsp;</td><td><p align="center">61</p></td>').replace(
        rule,
        '<td><p align="center">1</p></td><td><p align="center">&nbsp;</p></td><td><p align="center">11</p></td>',
      );
      const before = lint(blank, { format: "html" }).messages;
      expect(before.map((m) => m.ruleId)).toEqual(["blank-cell", "blank-cell", "blank-cell"]);
      const { output, result } = lintAndFix(blank, { format: "html" });
      expect(result.messages).toEqual([]);
      expect(output).toBe(HUAIAN.replace(zeros, '<td>0</td><td>0</td><td><p align="center">61</p></td>'));
      const reread = tables(parseHtml(output));
      expect(texts(reread[1]!)[3]).toEqual(["一、本年新收政府信息公开申请数量", "", "", "3001", "53", "0", "0", "61", "4", "3119"]);
    });
  });
});
