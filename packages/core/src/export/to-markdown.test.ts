import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../adapters/markdown.ts";
import type { Block, Comment, ReportDocument, TableCell } from "../model/document.ts";
import { LineIndex } from "../text/line-index.ts";
import { textFromSource } from "../text/text-content.ts";
import { toMarkdown } from "./to-markdown.ts";

const samples = join(import.meta.dirname, "../../../../fixtures/samples");

/** What the binder and the rules read of a document, without positions. */
function shape(doc: ReportDocument) {
  return {
    frontMatter: doc.frontMatter ? Object.fromEntries([...doc.frontMatter.entries].map(([k, e]) => [k, e.value])) : undefined,
    blocks: doc.blocks.map((b) => (b.kind === "table" ? { table: b.rows.map((r) => r.cells.map((c) => c.text)) } : { [b.kind]: b.content.text, ...(b.kind === "heading" ? { depth: b.depth } : {}) })),
    comments: doc.comments.map((c) => c.text),
    problems: doc.problems.map((p) => p.messageId),
  };
}

const roundTrip = (doc: ReportDocument): ReportDocument => parseMarkdown(toMarkdown(doc));

/**
 * A document as another adapter might make it (HTML, text): blocks over a source of their own.
 * Each piece of text is appended to the source so that ranges mean something.
 */
class DocBuilder {
  source = "";
  blocks: Block[] = [];
  comments: Comment[] = [];

  private take(text: string) {
    const start = this.source.length;
    this.source += text;
    const range = { start, end: this.source.length };
    this.source += "\n";
    return range;
  }

  heading(depth: number, text: string): this {
    const range = this.take(text);
    this.blocks.push({ kind: "heading", depth, content: textFromSource(text, range.start), range });
    return this;
  }

  paragraph(text: string): this {
    const range = this.take(text);
    this.blocks.push({ kind: "paragraph", content: textFromSource(text, range.start), range });
    return this;
  }

  table(rows: string[][]): this {
    const start = this.source.length;
    const tableRows = rows.map((cells) => {
      const rowStart = this.source.length;
      const tableCells: TableCell[] = cells.map((text) => {
        const range = this.take(text);
        return { text, range, contentRange: range, editRange: range, editPadding: "" };
      });
      return { cells: tableCells, range: { start: rowStart, end: this.source.length } };
    });
    this.blocks.push({ kind: "table", rows: tableRows, range: { start, end: this.source.length } });
    return this;
  }

  /** A comment on a line of its own, or (`sameLine`) on the line the previous block ends on. */
  comment(text: string, sameLine = false): this {
    if (sameLine) this.source = this.source.slice(0, -1);
    const start = this.source.length;
    this.source += `<!--${text}-->`;
    this.comments.push({ text, range: { start, end: this.source.length } });
    this.source += "\n";
    return this;
  }

  /** A blank line. */
  gap(): this {
    this.source += "\n";
    return this;
  }

  build(extra: Partial<ReportDocument> = {}): ReportDocument {
    return { source: this.source, format: "html", editable: true, blocks: this.blocks, comments: this.comments, problems: [], ...extra };
  }
}

describe("toMarkdown", () => {
  for (const name of readdirSync(samples).filter((n) => n.endsWith(".md"))) {
    it(`reads back as the same document: ${name}`, () => {
      const doc = parseMarkdown(readFileSync(join(samples, name), "utf8"));
      expect(shape(roundTrip(doc))).toEqual(shape(doc));
    });
  }

  it("is stable: converting its own output gives the same text", () => {
    const once = toMarkdown(parseMarkdown(readFileSync(join(samples, "huaian-2024.md"), "utf8")));
    expect(toMarkdown(parseMarkdown(once))).toBe(once);
  });

  it("writes headings, paragraphs and the document's own table grid", () => {
    const doc = new DocBuilder()
      .heading(1, "某县2024年政府信息公开工作年度报告")
      .heading(2, "一、总体情况")
      .paragraph("正文。")
      .table([
        ["行政复议", "", "行政诉讼"],
        ["结果维持", "结果纠正", "结果维持"],
        ["1", "", "3"],
      ])
      .build();
    expect(toMarkdown(doc)).toBe(
      [
        "# 某县2024年政府信息公开工作年度报告",
        "",
        "## 一、总体情况",
        "",
        "正文。",
        "",
        "| 行政复议 | | 行政诉讼 |",
        "|---|---|---|",
        "| 结果维持 | 结果纠正 | 结果维持 |",
        "| 1 | | 3 |",
        "",
      ].join("\n"),
    );
  });

  it("escapes text so that it reads back verbatim", () => {
    const tricky = [
      "1. 不是列表",
      "- 也不是",
      "+ 不是",
      "# 不是标题",
      "> 不是引用",
      "=== 不是下划线",
      "*强调* _强调_ ~~删除~~ `代码` [链接](x) ![图](y) <b>标签</b> &amp; \\ 反斜杠",
      "网址 www.a_b.com、http://x.gov.cn/a_b*、邮箱 a_b@c.com",
      "    四个空格开头",
      "　　全角空格开头",
      "结尾空格  ",
      "表格|竖线",
      "网址http://www.gov.cn/a_b。邮箱x_y@gov.cn，R&D &amp; &#32; a\\_b",
      "2024.1.1 不是列表，1.属于国家秘密 也不是",
      "> 引用 <!-- 不是注释 -->",
    ];
    const doc = new DocBuilder()
      .heading(2, "标题 # 以井号结尾 #")
      .heading(3, "两行\n标题")
      .paragraph(tricky.join("\n"))
      .paragraph("空行\n\n之后\n")
      .paragraph("")
      .paragraph("\n开头换行")
      .table([
        ["a|b", "x\ny", "*", "\\|"],
        ["1"],
        ["1", "2", "3", "4", "5"],
        [],
      ])
      .build();
    const back = roundTrip(doc);
    const expected = shape(doc);
    expected.blocks[6] = { table: [["a|b", "x\ny", "*", "\\|"], ["1"], ["1", "2", "3", "4", "5"], [""]] }; // a row without cells is written as one empty cell
    expect(shape(back)).toEqual(expected);
  });

  it("reads back any text verbatim (random text over Markdown's special characters)", () => {
    let seed = 20240101;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = [..."\\`*_[]()<>!#&;|~-+=.:@/ \t\n\u3000\u00a0中文1２a", "www.", "http://", "https://a.b/", "x@y.cn", "&amp;", "&#10;", "<!--", "-->", "1. ", "- ", "# ", "---", "```", "    ", "\r\n", "\r"];
    const text = (length: number): string => Array.from({ length }, () => pieces[random(pieces.length)]).join("");
    for (let i = 0; i < 300; i++) {
      const builder = new DocBuilder().heading(1 + random(6), text(12).replace(/\n/gu, " ")).paragraph(text(30)).table([[text(6), text(6)], [text(6)]]);
      const doc = builder.build();
      const expected = shape(doc);
      // The Markdown adapter trims table cells.
      expected.blocks = expected.blocks.map((b) => ("table" in b ? { table: b.table!.map((r) => r.map((c) => c.trim())) } : b));
      const markdown = toMarkdown(doc);
      expect({ markdown, ...shape(parseMarkdown(markdown)) }).toEqual({ markdown, ...expected });
    }
  });

  it("keeps CRLF line ends, which a Markdown file's paragraphs carry in their text", () => {
    const doc = parseMarkdown("---\r\ntitle: 报告\r\n---\r\n\r\n# 报告\r\n\r\n第一行\r\n第二行\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n");
    expect((doc.blocks[1] as { content: { text: string } }).content.text).toBe("第一行\r\n第二行");
    const text = toMarkdown(doc);
    expect(text).toBe("---\r\ntitle: 报告\r\n---\r\n\r\n# 报告\r\n\r\n第一行\r\n第二行\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n");
    expect(shape(parseMarkdown(text))).toEqual(shape(doc));
  });

  it("caps heading depth at 6", () => {
    const doc = new DocBuilder().heading(7, "深").build();
    expect(toMarkdown(doc)).toBe("###### 深\n");
  });

  it("keeps a Markdown front matter verbatim, even when it is broken", () => {
    const ok = parseMarkdown("---\ntitle: 报告\nyear: 2024\nextra: [1, 2]\n---\n\n# 报告\n");
    expect(toMarkdown(ok).startsWith("---\ntitle: 报告\nyear: 2024\nextra: [1, 2]\n---\n\n# 报告")).toBe(true);
    const broken = parseMarkdown("---\ntitle: [报告\n---\n\n# 报告\n");
    expect(broken.problems.map((p) => p.messageId)).toEqual(["front-matter-invalid"]);
    expect(shape(roundTrip(broken))).toEqual(shape(broken));
  });

  it("writes the front matter another adapter read as YAML", () => {
    const builder = new DocBuilder().heading(1, "报告");
    const entry = (value: string) => ({ value, range: { start: 0, end: 0 } });
    const doc = builder.build({
      frontMatter: { range: { start: 0, end: 0 }, entries: new Map([["title", entry("某县: 2024年报告")], ["year", entry("2024")], ["发布日期", entry("2025-01-20")]]) },
    });
    const text = toMarkdown(doc);
    expect(text.startsWith('---\ntitle: "某县: 2024年报告"\nyear: "2024"\n发布日期: "2025-01-20"\n---\n\n# 报告')).toBe(true);
    expect(shape(parseMarkdown(text)).frontMatter).toEqual({ title: "某县: 2024年报告", year: "2024", 发布日期: "2025-01-20" });
  });

  it("keeps comments in order, line directives on their line", () => {
    const doc = new DocBuilder()
      .comment(" reportlint-disable section-order ")
      .gap()
      .paragraph("第一段")
      .comment(" reportlint-disable-next-line stray-year ")
      .paragraph("第二段\n第二行")
      .paragraph("第三段")
      .comment(" reportlint-disable-line arithmetic ", true)
      .build();
    const text = toMarkdown(doc);
    expect(text).toBe(
      [
        "<!-- reportlint-disable section-order -->",
        "",
        "第一段",
        "",
        "<!-- reportlint-disable-next-line stray-year -->",
        "第二段",
        "第二行",
        "",
        "第三段<!-- reportlint-disable-line arithmetic -->",
        "",
      ].join("\n"),
    );
    const back = parseMarkdown(text);
    expect(back.comments.map((c) => c.text)).toEqual(doc.comments.map((c) => c.text));
    const lines = new LineIndex(text);
    const lineOf = (offset: number) => lines.locate(offset).line;
    const [, nextLine, sameLine] = back.comments;
    expect(lineOf(nextLine!.range.end) + 1).toBe(lineOf(back.blocks[1]!.range.start));
    expect(lineOf(sameLine!.range.start)).toBe(lineOf(back.blocks[2]!.range.start));
  });

  it("keeps a comment inside a paragraph at the end of its line, and puts one inside a table above it", () => {
    const md = "第一行<!-- reportlint-disable-line a -->中间\n第二行\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    const doc = parseMarkdown(md);
    const text = toMarkdown(doc);
    expect(text.split("\n")[0]).toBe("第一行中间<!-- reportlint-disable-line a -->");
    const html = new DocBuilder().table([["a", "b"]]).build();
    const inside = html.blocks[0]!.range.start + 1;
    html.comments.push({ text: " reportlint-disable-next-line ", range: { start: inside, end: inside + 1 } });
    expect(toMarkdown(html)).toBe("<!-- reportlint-disable-next-line -->\n| a | b |\n|---|---|\n");
  });
});
