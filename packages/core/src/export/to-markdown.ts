import type { Block, Comment, FrontMatter, ReportDocument, TableBlock } from "../model/document.ts";
import { sourceOffset, type TextContent } from "../text/text-content.ts";

/**
 * The document as canonical Markdown: what `reportlint convert --to md` prints.
 *
 * The contract is that the Markdown adapter reads the output back into the same document — the
 * same blocks of the same kinds, the same texts, the same table grids, the same comments in the
 * same order — so that linting the output finds exactly what linting the original found (only the
 * positions differ). Hence:
 *
 * - Front matter: a Markdown document's own front matter verbatim (even when it is broken, so that
 *   the error is still reported); for other formats, the scalar entries their adapter read, as YAML.
 *   Metadata the binder finds in the text (a title heading, a 发布日期 line) stays in the text,
 *   where it is found again: copying it into the front matter would change what the rules see.
 * - Headings as ATX headings of the same depth (capped at 6), paragraphs as paragraphs; a paragraph
 *   without text (an image) as `![]()`, which is read back as an empty paragraph.
 * - Every table as a GFM table of the document's own grid, row by row and cell by cell — not the
 *   template's — with the first row as the header row. Spanned positions are whatever the adapter
 *   put there (empty cells: the binder's convention); ragged rows stay ragged.
 * - Text is escaped so that it reads back verbatim: Markdown punctuation is backslash-escaped
 *   (`|` as `\|`), so is what would start a block at the start of a paragraph's line (`1.`, `-`,
 *   `#`, `>`, a `:---` that would make a table), and what Markdown would otherwise drop or
 *   reinterpret (a line break inside a table cell or heading, spaces at the start or end of a line,
 *   an empty line inside a paragraph) is written as a numeric character reference (`&#10;`, `&#32;`).
 * - Comments (where inline directives live) are kept in document order: a comment inside a paragraph
 *   or heading, or on the line where one ends, goes at the end of that line, so that
 *   `reportlint-disable-line` still applies to it; any other comment is written before the next
 *   block, directly above it when it was on the line before it in the source (for
 *   `reportlint-disable-next-line`). A line directive inside a table cannot keep its line: Markdown
 *   has no place for a comment inside a table, so it goes above the table.
 *
 * Pure. Lists, quotes, code and other HTML that the document model does not keep are not written.
 */
export function toMarkdown(doc: ReportDocument): string {
  // Lines end as the source's do, and a line break inside a paragraph as it is in the text: a
  // Markdown file with CRLF has "\r\n" in its paragraphs' text, which must read back the same.
  const eol = doc.source.includes("\r\n") ? "\r\n" : "\n";
  const parts: string[] = [];
  const frontMatter = renderFrontMatter(doc, eol);
  if (frontMatter) parts.push(frontMatter);

  const comments = [...doc.comments].sort((a, b) => a.range.start - b.range.start);
  const inline = new Map<Block, Comment[]>();
  const before = new Map<number, Comment[]>();
  const trailing: Comment[] = [];
  let next = 0;
  doc.blocks.forEach((block, i) => {
    const following = doc.blocks[i + 1];
    while (next < comments.length) {
      const comment = comments[next]!;
      if (comment.range.start >= block.range.start) break;
      push(before, i, comment);
      next++;
    }
    while (next < comments.length) {
      const comment = comments[next]!;
      const inBlock = comment.range.start < block.range.end;
      const sameLine = block.kind !== "table" && !inBlock && !doc.source.slice(block.range.end, comment.range.start).includes("\n");
      if (following && comment.range.start >= following.range.start) break;
      if (block.kind !== "table" && (inBlock || sameLine)) {
        push(inline, block, comment);
        next++;
      } else if (inBlock) {
        push(before, i, comment); // a comment inside a table: above it
        next++;
      } else break;
    }
    if (!following) trailing.push(...comments.slice(next));
  });
  if (doc.blocks.length === 0) trailing.push(...comments);

  doc.blocks.forEach((block, i) => {
    const above = before.get(i) ?? [];
    const rendered = renderBlock(block, inline.get(block) ?? [], eol);
    if (above.length === 0) {
      parts.push(rendered);
      return;
    }
    // Comments stay one above the other as they were; the last one sits directly above the block
    // when it was on the line before it.
    const last = above[above.length - 1]!;
    const adjacent = countNewlines(doc.source.slice(last.range.end, block.range.start)) <= 1;
    for (const c of above.slice(0, -1)) parts.push(commentBlock(c));
    parts.push(adjacent ? `${commentBlock(last)}${eol}${rendered}` : commentBlock(last));
    if (!adjacent) parts.push(rendered);
  });
  for (const c of trailing) parts.push(commentBlock(c));
  return `${parts.join(eol + eol)}${eol}`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function countNewlines(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === "\n") n++;
  return n;
}

function commentBlock(comment: Comment): string {
  return `<!--${comment.text}-->`;
}

function renderFrontMatter(doc: ReportDocument, eol: string): string | undefined {
  const fm: FrontMatter | undefined = doc.frontMatter;
  if (!fm) return undefined;
  if (doc.format === "markdown") {
    // Verbatim, fences included: what the adapter reads back is then exactly what it read.
    return doc.source.slice(fm.range.start, fm.range.end).replace(/(?:\r?\n)+$/u, "");
  }
  if (fm.entries.size === 0) return undefined;
  const lines = [...fm.entries].map(([key, entry]) => `${yamlKey(key)}: ${JSON.stringify(entry.value)}`);
  return ["---", ...lines, "---"].join(eol);
}

function yamlKey(key: string): string {
  return /^[\p{L}\p{N}_][\p{L}\p{N}_ -]*$/u.test(key) && !/ $/u.test(key) ? key : JSON.stringify(key);
}

function renderBlock(block: Block, comments: Comment[], eol: string): string {
  switch (block.kind) {
    case "heading": {
      const marker = "#".repeat(Math.min(6, Math.max(1, block.depth)));
      let text = escapeInline(block.content.text, { lineBreak: "&#10;" }).replace(/#$/u, "\\#");
      text = edgeSpaces(text);
      return `${marker}${text ? ` ${text}` : ""}${comments.map(commentInline).join("")}`;
    }
    case "paragraph":
      return renderParagraph(block.content, comments);
    case "table":
      return renderTable(block, eol);
  }
}

function commentInline(comment: Comment): string {
  return `<!--${comment.text}-->`;
}

/**
 * A paragraph line by line: each line of the text on a line of its own (so that line directives
 * keep their line), ended as it is in the text ("\r\n" or "\n"), except that an empty line is
 * joined to its neighbours with `&#10;`, since an empty line would end the paragraph.
 */
function renderParagraph(content: TextContent, comments: Comment[]): string {
  const raw = content.text.split("\n");
  const crlf = raw.map((line, i) => i < raw.length - 1 && line.endsWith("\r"));
  const lines = raw.map((line, i) => edgeSpaces(escapeParagraphLine(crlf[i] ? line.slice(0, -1) : line)));
  // Comments at the end of the line they were in, never at the start of one: a line that starts
  // with `<!--` is an HTML block, not part of the paragraph.
  const lineOf = (comment: Comment): number => {
    let index = 0;
    while (index < content.text.length && sourceOffset(content, index) < comment.range.start) index++;
    let line = countNewlines(content.text.slice(0, index));
    while (line > 0 && lines[line] === "") line--;
    while (line < lines.length - 1 && lines[line] === "") line++;
    return line;
  };
  const suffix = lines.map(() => "");
  for (const c of comments) suffix[lineOf(c)] += commentInline(c);
  const reference = (i: number): string => (crlf[i] ? "&#13;&#10;" : "&#10;");
  if (lines.every((l) => l === "")) {
    // Nothing Markdown would keep as a paragraph: an empty image is read back as an empty paragraph.
    return `![]()${lines.slice(1).map((_, i) => reference(i)).join("")}${suffix.join("")}`;
  }
  let out = "";
  lines.forEach((line, i) => {
    if (i > 0) out += line === "" || lines[i - 1] === "" ? reference(i - 1) : crlf[i - 1] ? "\r\n" : "\n";
    out += line + suffix[i];
  });
  return out;
}

function renderTable(table: TableBlock, eol: string): string {
  const [head, ...body] = table.rows;
  if (!head) return "";
  const row = (cells: readonly string[]): string => `|${cells.map((c) => (c ? ` ${c} ` : " ")).join("|")}|`;
  const cellText = (text: string): string => edgeSpaces(escapeInline(text, { lineBreak: "&#10;" }));
  const headCells = head.cells.length > 0 ? head.cells.map((c) => cellText(c.text)) : [""];
  const lines = [row(headCells), `|${headCells.map(() => "---").join("|")}|`];
  for (const r of body) lines.push(row(r.cells.length > 0 ? r.cells.map((c) => cellText(c.text)) : [""]));
  return lines.join(eol);
}

/** ASCII punctuation that means something inline in CommonMark or GFM: always escaped. */
const INLINE_SPECIAL = /[\\`*_[\]<~|]|&(?=#?[\p{L}\p{N}]+;)/gu;

/**
 * Escapes text for an inline context: Markdown punctuation gets a backslash, and `&` when it would
 * start a character reference. GFM's literal autolinks need care, because a backslash or a character
 * reference inside one stays in the text as written. A word (a run without ASCII white space, where
 * autolinks end at the latest) that nothing in it needs escaping is left as written, its autolink's
 * text being the word itself; otherwise the autolink's trigger is escaped (`www\.`, `\://`, `\@`).
 * So are the `www.` and `://` of a word that ends its line, since what is written after a line (a
 * `&#10;` or `&#32;`) would be taken into the link; an e-mail address ends at `&`, so it is safe.
 */
function escapeInline(text: string, options: { lineBreak: string }): string {
  return text
    .replace(/[^ \t\r\n]+/gu, (word, at: number, whole: string) => {
      const escaped = word.replace(INLINE_SPECIAL, (ch) => `\\${ch}`);
      const endsLine = /^[ \t]*(?:[\r\n]|$)/u.test(whole.slice(at + word.length));
      if (escaped === word && !endsLine) return word;
      const link = escaped.replace(/(?<![\p{L}\p{N}])(www)\./giu, "$1\\.").replace(/:(?=\/\/)/gu, "\\:");
      return escaped === word ? link : link.replace(/@/gu, "\\@");
    })
    .replace(/\r/gu, "&#13;")
    .replace(/\n/gu, options.lineBreak);
}

/** A line of a paragraph: inline escapes, and whatever would start a block at the start of a line. */
function escapeParagraphLine(line: string): string {
  const escaped = escapeInline(line, { lineBreak: "" });
  return escaped.replace(/^([ \t]*)(?:([#+=>:-])|(\d{1,9})([.)])(?=[ \t]|$))/u, (_m, space: string, mark?: string, digits?: string, dot?: string) =>
    mark ? `${space}\\${mark}` : `${space}${digits}\\${dot}`,
  );
}

/** Spaces and tabs at either end of a line are dropped by Markdown: write them as references. */
function edgeSpaces(text: string): string {
  const ref = (s: string): string => s.replace(/ /gu, "&#32;").replace(/\t/gu, "&#9;");
  return text.replace(/^[ \t]+/u, ref).replace(/[ \t]+$/u, ref);
}

