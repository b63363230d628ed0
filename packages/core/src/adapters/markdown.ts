import type { Nodes, Parent, Root, RootContent, PhrasingContent, Table, TableCell as MdTableCell } from "mdast";
import { parseDocument, isMap, isScalar } from "yaml";
import type {
  AdapterProblem,
  Block,
  Comment,
  FrontMatter,
  FrontMatterEntry,
  ReportDocument,
  SourceRange,
  TableBlock,
  TableCell,
} from "../model/document.ts";
import type { TextContent, TextSpan } from "../text/text-content.ts";
import { simpleFrontMatter } from "./markdown-front-matter.ts";
import { parseMarkdownTree } from "./markdown-tree.ts";

const COMMENT = /<!--([\s\S]*?)-->/g;

/** Reads a Markdown report (GFM tables, YAML front matter) into the format-neutral document model. */
export function parseMarkdown(source: string): ReportDocument {
  // remark-parse + remark-frontmatter + remark-gfm's tree, built in linear time (see markdown-tree.ts).
  const tree: Root = parseMarkdownTree(source);
  const doc: ReportDocument = { source, format: "markdown", editable: true, blocks: [], comments: [], problems: [] };
  for (const node of tree.children) visitBlock(node, doc);
  return doc;
}

function visitBlock(node: RootContent, doc: ReportDocument): void {
  switch (node.type) {
    case "yaml":
      doc.frontMatter = readFrontMatter(node.value, rangeOf(node), doc);
      return;
    case "heading":
      doc.blocks.push({ kind: "heading", depth: node.depth, content: inlineText(node.children), range: rangeOf(node) });
      return;
    case "paragraph":
      collectComments(node, doc.source, doc.comments);
      doc.blocks.push({ kind: "paragraph", content: inlineText(node.children), range: rangeOf(node) });
      return;
    case "table":
      doc.blocks.push(readTable(node, doc.source));
      return;
    case "html":
      collectComments(node, doc.source, doc.comments);
      return;
    case "list":
    case "listItem":
    case "blockquote":
      for (const child of (node as Parent).children) visitBlock(child as RootContent, doc);
      return;
    default:
      return;
  }
}

function rangeOf(node: Nodes): SourceRange {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

function inlineText(children: PhrasingContent[]): TextContent {
  const spans: TextSpan[] = [];
  let text = "";
  const walk = (nodes: PhrasingContent[]): void => {
    for (const node of nodes) {
      if (node.type === "text" || node.type === "inlineCode") {
        spans.push({ at: text.length, source: node.position?.start.offset ?? 0 });
        text += node.value;
      } else if (node.type === "break") {
        spans.push({ at: text.length, source: node.position?.start.offset ?? 0 });
        text += "\n";
      } else if ("children" in node) {
        walk(node.children as PhrasingContent[]);
      }
    }
  };
  walk(children);
  return { text, spans };
}

function readTable(node: Table, source: string): TableBlock {
  return {
    kind: "table",
    range: rangeOf(node),
    rows: node.children.map((row) => ({ range: rangeOf(row), cells: row.children.map((cell) => readCell(cell, source)) })),
  };
}

function readCell(cell: MdTableCell, source: string): TableCell {
  const range = rangeOf(cell);
  let innerStart = range.start;
  let innerEnd = range.end;
  if (source[innerStart] === "|") innerStart++;
  if (innerEnd > innerStart && source[innerEnd - 1] === "|" && source[innerEnd - 2] !== "\\") innerEnd--;
  let contentStart = innerStart;
  let contentEnd = innerEnd;
  while (contentStart < contentEnd && /\s/.test(source[contentStart]!)) contentStart++;
  while (contentEnd > contentStart && /\s/.test(source[contentEnd - 1]!)) contentEnd--;
  const empty = contentStart === contentEnd;
  const middle = innerStart + Math.min(1, innerEnd - innerStart);
  return {
    text: inlineText(cell.children).text.trim(),
    range,
    contentRange: empty ? { start: middle, end: middle } : { start: contentStart, end: contentEnd },
    editRange: empty ? { start: innerStart, end: innerEnd } : { start: contentStart, end: contentEnd },
    editPadding: empty ? " " : "",
  };
}

function collectComments(node: Nodes, source: string, out: Comment[]): void {
  const visit = (n: Nodes): void => {
    if (n.type === "html") {
      const base = n.position?.start.offset ?? 0;
      const raw = source.slice(base, n.position?.end.offset ?? base);
      for (const m of raw.matchAll(COMMENT)) {
        out.push({ text: m[1]!, range: { start: base + m.index, end: base + m.index + m[0].length } });
      }
    } else if ("children" in n) {
      for (const child of n.children as Nodes[]) visit(child);
    }
  };
  visit(node);
}

function readFrontMatter(yamlText: string, range: SourceRange, doc: ReportDocument): FrontMatter {
  const contentStart = doc.source.indexOf("\n", range.start) + 1;
  const entries = new Map<string, FrontMatterEntry>();
  const simple = simpleFrontMatter(yamlText);
  if (simple) {
    for (const e of simple) entries.set(e.key, { value: e.value, range: { start: contentStart + e.start, end: contentStart + e.end } });
    return { range, entries };
  }
  const parsed = parseDocument(yamlText, { prettyErrors: false });
  const firstError = parsed.errors[0];
  if (firstError) {
    const at = contentStart + (firstError.pos[0] ?? 0);
    const problem: AdapterProblem = {
      messageId: "front-matter-invalid",
      severity: 2,
      fatal: true,
      message: {
        zh: "文首元数据（front matter）不是合法的 YAML：{{reason}}。请改正两行 --- 之间的内容。",
        en: "The front matter is not valid YAML: {{reason}}. Correct the text between the two --- lines.",
      },
      data: { reason: firstError.message.split("\n")[0] ?? "" },
      range: { start: at, end: Math.max(at + 1, contentStart + (firstError.pos[1] ?? 0)) },
    };
    doc.problems.push(problem);
    return { range, entries };
  }
  if (isMap(parsed.contents)) {
    for (const pair of parsed.contents.items) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
      const [start, end] = pair.value.range ?? [0, 0];
      entries.set(String(pair.key.value), {
        value: formatScalar(pair.value.value),
        range: { start: contentStart + start, end: contentStart + end },
      });
    }
  }
  return { range, entries };
}

/** YAML reads `2023-02-02` as a string under the core schema, but be safe with Date and numbers. */
function formatScalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value ?? "");
}

export type { Block };
