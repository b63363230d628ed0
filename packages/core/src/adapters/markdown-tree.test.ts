/**
 * Differential test: parseMarkdownTree must build exactly the tree remark-parse + remark-frontmatter + remark-gfm
 * build (node types, values, alignments, children and every position: line, column, offset), on every fixture,
 * on edge cases, and on generated and mutated documents.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { pick, rng } from "../testing/random.ts";
import { type MarkdownParseStats, parseMarkdownTree } from "./markdown-tree.ts";
import { parseMarkdownUpstream } from "./markdown-upstream.ts";

const ROOT = join(import.meta.dirname, "../../../..");

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(path);
    return e.name.endsWith(".md") ? [path] : [];
  });
}

const newStats = (): MarkdownParseStats => ({ steps: 0, upstreamChars: 0, upstreamCalls: 0 });

function same(source: string): MarkdownParseStats {
  const stats = newStats();
  let expected: Root;
  try {
    expected = parseMarkdownUpstream(source);
  } catch (error) {
    // Under vitest the micromark packages run their development builds, whose assertions a few odd inputs trip
    // (an empty list item followed by `[x] …`, in mdast-util-gfm-task-list-item); then the same remark code
    // runs on that part here and must fail alike.
    expect(() => parseMarkdownTree(source, stats), JSON.stringify(source)).toThrow((error as Error).message);
    return stats;
  }
  expect(parseMarkdownTree(source, stats), JSON.stringify(source)).toStrictEqual(expected);
  return stats;
}

describe("parseMarkdownTree matches remark-gfm", () => {
  // REPORTLINT_MD_SEEDS=20000 (and REPORTLINT_MD_FIRST_SEED) for a longer search.
  const N = Number(process.env.REPORTLINT_MD_SEEDS ?? 300);
  const first = Number(process.env.REPORTLINT_MD_FIRST_SEED ?? 1);

  it("on every fixture, building the reports' blocks itself", () => {
    const files = markdownFiles(join(ROOT, "fixtures"));
    expect(files.length).toBeGreaterThan(40);
    let fastChars = 0;
    let total = 0;
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const stats = same(source);
      total += source.length;
      fastChars += source.length - stats.upstreamChars;
    }
    // The point of the fast path: nearly all of a report is built without remark.
    expect(fastChars / total).toBeGreaterThan(0.95);
    const huaian = readFileSync(join(ROOT, "fixtures/samples/huaian-2024.md"), "utf8");
    expect(same(huaian).upstreamCalls).toBe(0);
  });

  const edgeCases: Record<string, string> = {
    empty: "",
    "only newlines": "\n\n\n",
    "only spaces": "   \n \n",
    "trailing spaces at the end": "a\n  ",
    crlf: "# 标题\r\n\r\n正文第一行\r\n第二行\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n",
    "lone CR": "a\rb\n\n| a |\n|---|\n| 1 |",
    bom: "\uFEFF# 标题\n\n| a |\n|---|\n| 1 |",
    tab: "a\tb\n\n| a\t| b |\n|---|---|\n|\t1 | 2 |\n\n#\t标题",
    "NUL character": "a\u0000b\n\n| a |\n|-|",
    "ideographic spaces": "　　本报告由办公室编制。\n　　第二段。\n\n| 项目　| 数量 |\n|---|---:|\n| 　规章 | 1　|",
    "Unicode spaces at the edges": "\u00a0正文\u00a0\n\u2003第二行\u3000\n\n# \u00a0标题\u00a0\n\n| \u00a0a\u00a0 | \u3000 |\n|---|---|\n|\u2003| b\u00a0|",
    "CJK punctuation": "（一）主动公开情况。“四最”营商环境《条例》——1,234.5万元；\n\n## 二、主动公开政府信息情况",
    headings:
      "# a\n## b c\n###### six\n####### seven\n#no space\n# closing #\n# trailing  \n#   spaced\n#\n# \n# a#\n# a \\#\n# a | b\n|-|-|",
    "heading then table": "## 表\n| a | b |\n|---|---|\n| 1 | 2 |",
    "front matter": "---\ntitle: 报告\nyear: 2024\n---\n\n# 标题",
    "front matter then table": "---\na: 1\n---\n| a |\n|---|\n| 1 |",
    "empty front matter": "---\n---\n正文",
    "front matter with blank lines": "---\na: 1\n\nb: 2\n---\n正文",
    "unclosed front matter": "---\na: 1\n\n正文",
    "front matter closing with spaces": "---\na: 1\n---  \n正文",
    "front matter with a longer fence inside": "---\na: 1\n----\nb: 2\n---\n正文",
    "thematic break": "a\n\n---\n\nb\n\n***\n\n___",
    setext: "标题\n===\n\n标题二\n---\n\n正文\n  ===",
    "html comments": "<!-- reportlint-disable -->\n正文\n\n<!-- a\n\nb -->\n\n<!-->\nx\n\n<!--->\n\n<!-- x -->tail\nnext\n\n<!-- unclosed\n\nstill in it",
    "inline html comment": "正文<!-- x -->正文\n\n| a <!-- c --> | b |\n|---|---|\n| 1 | <!-- d --> |",
    "html blocks": "<div>\n块\n</div>\n\n正文\n\n<pre>\n\n</pre>\n\n<?php x ?>\n\n<!DOCTYPE html>",
    "escaped pipes": "| a \\| b | c |\n|---|---|\n| 1 \\| 2 | 3 |\n| x \\\\| y |\n| \\\\\\| z |",
    "inline code with pipes": "| a | b |\n|---|---|\n| `x|y` | 2 |\n| `x\\|y` | 2 |\n| `a\\\\|b` | c |",
    alignment: "| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n\n|a|b|\n| :--- | ---: |\n|1|2|",
    "delimiter variants": "| a |\n|-|\n\n| a | b |\n|---|---\n\n| a |\n| - |  \n\n| a | b |\n| --- | --- |   \n|1|2|\n\n| a |\n|:|\n\n| a |\n|-- -|\n\n| a | b |\n|---|\n\n| a |\n|---|---|",
    "tables without leading pipes": "a | b\n--|--\n1 | 2\n\na | b\n| --- | --- |\n| 1 | 2 |\n\n| a | b\n--- | ---\n\na\n:-",
    "tabs around cells": "|37478| 91752 | 15469 | \t \n|:-:|--:|:-:|---|\n\n| a |\t\n|-|\n\n| a\t|\n|-|\n\n| a |\n|-|\n|\tb |",
    "regions starting with a fence-like line": "x\n\n---\n  \n  | 8582 |\n:--|\n| 1 |\n\n1. a\n2. b\n",
    "cell shapes": "| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n|\n| |\n||\n|  x  |  y\n| a |   \n| | |\n|  |  x |",
    "tables interrupted by other blocks":
      "| a |\n|---|\n| 1 |\n# 标题\n\n| a |\n|---|\n| 1 |\n> 引用\n\n| a |\n|---|\n正文行\n\n| a |\n|---|\n- 列表\n\n| a |\n|---|\n```\ncode\n```\n\n| a |\n|---|\n  | 缩进 |\n\n| a |\n|---|\n    code",
    "table after paragraph": "正文\n| a |\n|---|\n| 1 |\n\n正文\n\n| a |\n|---|",
    "table in list": "- 项目\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n\n- 第二项\n| x |\n\n正文",
    "table in blockquote": "> | a | b |\n> |---|---|\n> | 1 | 2 |\n| 3 | 4 |\n\n> 引用\n\n正文",
    "lists and continuation": "- a\n\n  b\n\nc\n\n1. 一\n2. 二\n\n1.属于国家秘密\n\n1) 项\n\n10. 十\n\n1234567890. 不是列表\n\n-\n\n  空项后缩进\n\n继续",
    "lazy lines": "> 引用\n继续\n\n- 项\n继续\n\n正文\n    缩进续行",
    "indented code": "    code\n\n\n正文\n\n   三个空格\n\n     五个空格",
    "trailing spaces and hard breaks": "第一行  \n第二行\\\n第三行 \n\n# 标题  ",
    emphasis: "**粗体**正文*斜体*和_下划线_和~~删除~~和~单~\n\n| **合计** | *1* |\n|---|---|\n| _x_ | ~~2~~ |",
    links: "[链接](http://example.com)和![图](a.png)和<http://a.cn>和[引用]\n\n[引用]: http://example.com\n",
    footnotes: "正文[^1]\n\n[^1]: 注释",
    "character references": "&amp; &#123; &copy; &nope",
    emails:
      "电子邮箱：hazwgkc@163.com）。\nabc@163.com开头\n邮箱 a.b-c+d@x-y.gov.cn 结尾\n结尾邮箱x_y@z.cn\n" +
      "a@b.c1\na@b.c_\na@b.\na@b\n@b.cn\n中a@b.cn.\n中.a@b.cn\n中a@@b.cn\n中a@b.cn@c.cn\nmailto:a@b.cn\n中a@-b.cn\n中a@b..cn\n" +
      "中a@www.b.cn\n中http@b.cn\n中x_www.a@b.cn\n中xhttp@b.cn\n中a.wwwb@c.cn\nEmail:a@b.cn\n(a@b.cn)\n中_a@b.cn\n中a_@b.cn\n中a__b@c.cn\n中a_b_@c.cn\n中_x_和a@b.cn\n\n" +
      "# 邮箱 a@b.cn\n\n| 邮箱 | a@b.cn |\n|---|---|\n| x_y@z.cn | 中a@b.cn中 |\n| a@b.c1 | _a@b.cn |",
    urls: "网址：http://www.huaian.gov.cn。或www.a.cn\n\nhttps://a.cn/x?y=1\n\nwww.a\n\nHTTP://A.CN 和 WWW.B.CN\n\nwwwa hhttp ahttp\n\n| http://a.cn | www.b.cn |\n|---|---|",
    "link definitions anywhere": "| a |\n|---|\n| [x] |\n\n[x]: http://a.cn",
    "table rows special in runs":
      "| 项 | 值 |\n|---|---:|\n| a | 1 |\n| *b* | 2 |\n| `c` | 3 |\n| d | 4 |\n| e\\|f | 5 |\n| g | 6 |\n| <br> | 7 |",
    "special header": "| **项** | 值 |\n|---|---|\n| a | 1 |\n| *b* | 2 |",
    "special header only": "| `项` |\n|---|",
    "header with backslash": "| a \\| b |\n|---|\n| 1 |",
    "ordered markers in paragraphs": "正文\n1. 列表打断\n\n正文\n2. 不打断\n\n正文\n1.不是列表",
    "long document tail blank lines": "正文\n\n\n\n",
  };

  for (const [name, source] of Object.entries(edgeCases)) {
    it(`edge case: ${name}`, () => {
      same(source);
    });
  }

  it("on generated documents", () => {
    let partlyFast = 0;
    for (let seed = first; seed < first + N; seed++) {
      const source = generateDocument(rng(seed));
      const stats = same(source);
      if (stats.upstreamChars < source.length) partlyFast++;
    }
    // The generator must exercise the fast path, not just remark against itself.
    expect(partlyFast).toBeGreaterThan(N / 2);
  });

  it("on fixtures mutated line by line and character by character", () => {
    const files = markdownFiles(join(ROOT, "fixtures/samples"));
    let seed = first + 1_000_000;
    for (const file of files) {
      const original = readFileSync(file, "utf8");
      for (let round = 0; round < Math.ceil(N / 25); round++) {
        same(mutate(original, rng(seed++)));
      }
    }
  });
});

// ---- generators ----

const CJK = ["政府信息公开", "申请", "（一）", "“三安全一稳定”", "第711号", "本年新收", "结果维持", "，", "。", "、", "：", "　", "《条例》", "3,119", "96171.6", "0", "——"];
const ASCII = ["a", "b", "total", "1.5", "(x)", "x-y", "a.b", " ", " ", "%", "#", "+", "-", "=", ">", ":", "!", "?", "'", '"', "/", "$"];
const SPECIAL = [
  "**粗**", "*斜*", "_u_", "`co|de`", "`x\\|y`", "\\|", "\\\\", "\\*", "[链](http://x)", "![图](a.png)", "<br>", "<!-- c -->",
  "&amp;", "~~删~~", "~", "[^1]", "[x]", "@", "a@b.cn", "hazwgkc@163.com", "x_y@z.gov.cn", "a@b.c1", "http://www.a.gov.cn",
  "www.b.cn", "w", "h", "<http://a.cn>", "\t", "  ", "|",
];

function inlineText(r: () => number, special = 0.15): string {
  const n = 1 + Math.floor(r() * 6);
  let s = "";
  for (let k = 0; k < n; k++) {
    const x = r();
    s += x < special ? pick(r, SPECIAL) : x < 0.7 ? pick(r, CJK) : pick(r, ASCII);
  }
  return s;
}

function cellText(r: () => number): string {
  const x = r();
  if (x < 0.15) return "";
  if (x < 0.45) return String(Math.floor(r() * 100000));
  return inlineText(r, 0.12).replace(/\|/g, r() < 0.5 ? "\\|" : "|");
}

function tableRow(r: () => number, cells: number): string {
  const parts = Array.from({ length: cells }, () => {
    const pad = r() < 0.8 ? " " : r() < 0.5 ? "" : "  ";
    return pad + cellText(r) + pad;
  });
  const lead = r() < 0.93 ? "|" : r() < 0.5 ? "" : "  |";
  const trail = r() < 0.85 ? "|" : r() < 0.5 ? "" : "|  ";
  return lead + parts.join("|") + trail;
}

function table(r: () => number): string {
  const cols = 1 + Math.floor(r() * 5);
  const lines = [tableRow(r, cols)];
  const delimCols = r() < 0.93 ? cols : cols + (r() < 0.5 ? 1 : -1);
  const cells = Array.from({ length: Math.max(1, delimCols) }, () => pick(r, ["---", ":--", "--:", ":-:", "-", " --- ", ":---:"]));
  lines.push((r() < 0.9 ? "|" : "") + cells.join("|") + (r() < 0.8 ? "|" : ""));
  const rows = Math.floor(r() * 8);
  for (let k = 0; k < rows; k++) lines.push(tableRow(r, Math.max(0, cols + (r() < 0.85 ? 0 : Math.floor(r() * 3) - 1))));
  return lines.join("\n");
}

function block(r: () => number): string {
  const x = r();
  if (x < 0.3) return table(r);
  if (x < 0.5) {
    const lines = 1 + Math.floor(r() * 3);
    return Array.from({ length: lines }, () => (r() < 0.05 ? " " : "") + inlineText(r) + (r() < 0.05 ? " " : "")).join("\n");
  }
  if (x < 0.62) return "#".repeat(1 + Math.floor(r() * 6)) + (r() < 0.9 ? " " : "") + inlineText(r, 0.08) + (r() < 0.05 ? " #" : "");
  if (x < 0.68) return pick(r, ["<!-- reportlint-disable -->", "<!-- a\n\nb -->", "<!-- x -->tail", "<!-->", "<!-- 注释 -->"]);
  if (x < 0.74) return `- ${inlineText(r)}\n${r() < 0.5 ? "\n" : ""}  ${inlineText(r)}\n- ${inlineText(r)}`;
  if (x < 0.78) return `1. ${inlineText(r)}\n2. ${inlineText(r)}`;
  if (x < 0.82) return `> ${inlineText(r)}\n${r() < 0.5 ? "> " : ""}${inlineText(r)}`;
  if (x < 0.85) return `> ${table(r).replace(/\n/g, "\n> ")}`;
  if (x < 0.88) return `- ${table(r).replace(/\n/g, "\n  ")}`;
  if (x < 0.9) return `    ${inlineText(r)}`;
  if (x < 0.92) return pick(r, ["---", "***", "===", "- - -"]);
  if (x < 0.94) return `${inlineText(r)}\n${pick(r, ["===", "---", ":-", "|-|", "| --- |"])}`;
  if (x < 0.95) return "```\n" + inlineText(r) + "\n\n" + inlineText(r) + "\n```";
  if (x < 0.96) return `[x]: http://a.cn`;
  if (x < 0.98) return `1.${inlineText(r)}`;
  return "";
}

function generateDocument(r: () => number): string {
  let doc = r() < 0.2 ? `---\ntitle: ${inlineText(r, 0)}\nyear: 2024\n---\n` : "";
  const blocks = 1 + Math.floor(r() * 8);
  for (let k = 0; k < blocks; k++) {
    doc += block(r);
    doc += pick(r, ["\n\n", "\n\n", "\n\n", "\n", "\n  \n", "\n\n\n"]);
  }
  if (r() < 0.3) doc = doc.trimEnd();
  if (r() < 0.1) doc = doc.replace(/\n/g, "\r\n");
  return doc;
}

/** Random edits: delete, duplicate or swap lines, join two lines, insert a random piece of syntax. */
function mutate(source: string, r: () => number): string {
  const lines = source.split("\n");
  const edits = 1 + Math.floor(r() * 4);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(r() * lines.length);
    const x = r();
    if (x < 0.2) lines.splice(at, 1);
    else if (x < 0.35) lines.splice(at, 0, lines[at] ?? "");
    else if (x < 0.45) lines.splice(at, 2, `${lines[at] ?? ""}${lines[at + 1] ?? ""}`);
    else if (x < 0.55) lines.splice(at, 0, "");
    else {
      const line = lines[at] ?? "";
      const pos = Math.floor(r() * (line.length + 1));
      const piece = pick(r, [...SPECIAL, "\n", "\n\n", "| ", "|", "# ", "> ", "- ", "1. ", "    ", "---", "<!--", "-->"]);
      lines[at] = line.slice(0, pos) + piece + line.slice(pos);
    }
  }
  return lines.join("\n");
}
