import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../linter.ts";
import { MAX_HTML_DEPTH } from "./html-depth.ts";
import { parseHtmlTree } from "./html-tree.ts";
import { parseText } from "./index.ts";
import { limitMarkdownNesting, MAX_MARKDOWN_NESTING } from "./markdown-nesting.ts";

const FIXTURES = join(import.meta.dirname, "..", "..", "..", "..", "fixtures");
const SAMPLE = readFileSync(join(FIXTURES, "samples", "huaian-2024.md"), "utf8");
const PAGE = readFileSync(join(FIXTURES, "html", "huaian-2024.html"), "utf8");
const NBSP = "\u00a0";

describe("Markdown nesting is capped before parsing", () => {
  it("leaves every line within the limit alone, the fixtures included", () => {
    for (const text of [SAMPLE, "> > quote\n- a\n  - b\n    - c\n", `${"> ".repeat(MAX_MARKDOWN_NESTING)}x`, `${"* ".repeat(40).trim()}\n`, "1. 2. 3) - + * >x\n"]) {
      expect(limitMarkdownNesting(text)).toEqual({ text });
    }
  });

  it("turns the markers past the limit into no-break spaces, keeping the length and every offset", () => {
    const line = `${"> ".repeat(40)}x`;
    expect(limitMarkdownNesting(line)).toEqual({ text: `${"> ".repeat(32)}${`${NBSP} `.repeat(8)}x`, at: 64 });
    // Lists: `- ` and `1. ` markers, and two columns of indentation count as a level.
    expect(limitMarkdownNesting(`${"- ".repeat(33)}y`).text).toBe(`${"- ".repeat(32)}${NBSP} y`);
    expect(limitMarkdownNesting(`${"10. ".repeat(33)}y`).text).toBe(`${"10. ".repeat(32)}${NBSP.repeat(3)} y`);
    expect(limitMarkdownNesting(`${" ".repeat(64)}- z`)).toEqual({ text: `${" ".repeat(64)}${NBSP} z`, at: 64 });
    expect(limitMarkdownNesting(`${" ".repeat(62)}- z`)).toEqual({ text: `${" ".repeat(62)}- z` });
  });

  it("reads 10,000 nested quotes and lists in a report: one warning at the first marker past the limit, the report still checked", () => {
    const at = SAMPLE.indexOf("## 六、");
    const line = SAMPLE.slice(0, at).split("\n").length;
    const source = `${SAMPLE.slice(0, at)}${"> ".repeat(10_000)}x\n\n${"- ".repeat(10_000)}y\n\n${SAMPLE.slice(at)}`;
    const result = lint(source, { locale: "en" });
    expect(result.messages.map((m) => ({ line: m.line, column: m.column, messageId: m.messageId, severity: m.severity }))).toEqual([
      { line, column: 65, messageId: "markdown-too-deep", severity: 1 },
    ]);
    expect(result.messages[0]!.message).toBe("Quotes (>) or lists nest more than 32 deep here: the deeper markers are read as text. Look for > or - markers typed by mistake.");
    const doc = parseText(source, "markdown", []);
    expect(doc.source).toBe(source); // the original text, not the capped copy
  });
});

describe("HTML nesting is flattened below 512 levels, as Chromium does", () => {
  it("keeps the structure of a page within the limit", () => {
    expect(parseHtmlTree(PAGE).tooDeepAt).toBeUndefined();
  });

  it("reads a page nested 20,000 deep without overflowing the stack: the text below the limit is read, with one warning where it starts", () => {
    const open = "<div>".repeat(20_000);
    const source = `<html><body>${open}深处的文字${"</div>".repeat(20_000)}</body></html>`;
    const { tree, tooDeepAt } = parseHtmlTree(source);
    // Depth 1 is html, 2 body, k + 2 the k-th div: the 510th div, at depth 512, holds all below it, so div 511 (at 12 + 5 × 510) is the first to lose its children.
    expect(tooDeepAt).toBe(12 + 5 * (MAX_HTML_DEPTH - 2));
    // Down the nodes that have children: the root, html, body and 510 divs, the last of which holds everything below the limit side by side.
    type Node = { type: string; children?: Node[] };
    let holders = 0;
    for (let node: Node | undefined = tree as Node; node?.children?.length; node = node.children.find((c) => c.type === "element" && c.children?.length)) holders++;
    expect(holders).toBe(1 + MAX_HTML_DEPTH);
    const result = lint(source, { format: "html", locale: "en" });
    expect(result.messages.filter((m) => m.ruleId === null)).toEqual([
      expect.objectContaining({ messageId: "html-too-deep", severity: 1, line: 1, column: 13 + 5 * (MAX_HTML_DEPTH - 2) }),
    ]);
    expect(parseText(source, "html", []).blocks.map((b) => b.kind !== "table" && b.content.text)).toEqual(["深处的文字"]);
  });

  it("keeps every offset inside the page when a comment is left open at its end", () => {
    const doc = parseText("<p>x</p><!--", "html", []);
    expect(doc.comments).toEqual([{ text: "", range: { start: 8, end: 12 } }]);
  });
});

describe("an empty file", () => {
  it("is one finding, not every section and table missing, in every format", () => {
    for (const format of ["markdown", "html", "text"] as const) {
      for (const source of ["", "\n\n  \t\n", "\u3000\r\n"]) {
        expect(lint(source, { format, locale: "en" }).messages).toEqual([
          { ruleId: null, severity: 2, message: "The file is empty: there is no report to check.", messageId: "empty-document", line: 1, column: 1, endLine: 1, endColumn: 1 },
        ]);
      }
    }
  });
});
