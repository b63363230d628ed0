import type { Element, Root } from "hast";
import type { AdapterProblem, Block, Comment, HeadingBlock, ParagraphBlock, ReportDocument, SourceRange, TableBlock, TableCell, TableRow } from "../model/document.ts";
import { allBold, contentOf, extentOf, isWhitespaceText, normalize, textItems, type BreakMode, type CharItem, type Item, type NormalText } from "./html-text.ts";
import { BLOCK_TAGS, boldOf, elementRange, innerRange, isElement, Page, type Parent } from "./html-page.ts";
import { MAX_HTML_DEPTH } from "./html-depth.ts";
import { parseHtmlTree } from "./html-tree.ts";

/** A paragraph with no heading markup that is a section title: 一、… short, and not a sentence. */
const ENUMERATED_TITLE = /^[一二三四五六七八九十]{1,3}\s*[、．.]/u;
const TITLE_PARAGRAPH_MAX = 40;
/** A bold paragraph longer than this, or a bold sentence longer than 20 characters, is emphasis, not a heading. */
const BOLD_HEADING_MAX = 60;
/** The publication date line the publication-deadline rule reads (metadata/extract.ts). */
const PUBLISHED_LINE = /发布(?:日期|时间)\s*[:：]?\s*\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}/u;
/** Lines of page chrome that sit inside article bodies: print, close, font size, share. */
const CHROME_LINE = /^(?:[【[]?\s*(?:打印本页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|收藏|分享到|字体|字号|大|中|小|默认)\s*[】\]]?[\s:：|｜]*)+$/u;
const MAX_SPAN = 1000;
/** Never searched for a title or a date line. */
const OUT_OF_PAGE = new Set(["script", "style", "template", "noscript", "nav", "footer", "aside"]);

/**
 * Reads a published report page into the document model: the report body (chrome left out),
 * headings from `<h1>`–`<h6>`, bold paragraphs and enumerated title paragraphs, and tables with
 * their spans expanded into a grid. Every range is an offset into the HTML source.
 */
export function parseHtml(source: string): ReportDocument {
  const { tree, tooDeepAt } = parseHtmlTree(source);
  const doc: ReportDocument = { source, format: "html", editable: true, blocks: [], comments: [], problems: [] };
  if (tooDeepAt !== undefined) doc.problems.push(tooDeep(tooDeepAt));
  collectComments(tree, doc.comments);
  const page = new Page(tree);
  const body = page.findReportBody();
  const reader = new Reader(source, page);
  reader.flow(body, false);
  reader.flush();
  const blocks = reader.blocks;

  if (!blocks.some((b) => b.kind === "heading" && b.depth === 1)) {
    const title = pageTitle(page, reader);
    if (title) blocks.push(title);
  }
  if (!blocks.some((b) => b.kind !== "table" && PUBLISHED_LINE.test(b.content.text))) {
    const line = publishedLine(page, reader);
    if (line) blocks.push(line);
  }
  doc.blocks = blocks.sort((a, b) => a.range.start - b.range.start);
  return doc;
}

/** The page nests elements deeper than a browser keeps: what is inside is read, without its structure. */
function tooDeep(at: number): AdapterProblem {
  return {
    messageId: "html-too-deep",
    severity: 1,
    message: {
      zh: "此处 HTML 元素嵌套超过 {{depth}} 层：更深处的内容按浏览器的做法平铺读取，其中的表格和段落结构可能丢失。请检查页面是否有未闭合的标签。",
      en: "HTML elements nest more than {{depth}} deep here: what lies deeper is read flattened, as browsers do, and its tables and paragraphs may lose their structure. Check the page for tags left open.",
    },
    data: { depth: String(MAX_HTML_DEPTH) },
    range: { start: at, end: at },
  };
}

function collectComments(tree: Root, out: Comment[]): void {
  const walk = (n: Parent): void => {
    for (const child of n.children) {
      if (child.type === "comment") {
        const start = child.position?.start.offset;
        const end = child.position?.end.offset;
        if (start !== undefined && end !== undefined) out.push({ text: child.value, range: { start, end } });
      } else if (isElement(child)) {
        walk(child);
        if (child.content) walk(child.content as unknown as Root);
      }
    }
  };
  walk(tree);
}

/** Walks the body's flow content and cuts it into headings, paragraphs and tables. */
class Reader {
  readonly blocks: Block[] = [];
  private pending: Item[] = [];
  private emitted = 0;

  constructor(
    private readonly source: string,
    readonly page: Page,
  ) {}

  /** Reads the children of `parent` as flow content. */
  flow(parent: Parent, bold: boolean): void {
    for (const child of parent.children) {
      if (child.type === "text") {
        textItems(child, this.source, parent as Element, bold, this.pending);
        continue;
      }
      if (!isElement(child) || this.page.isSkipped(child)) continue;
      const tag = child.tagName;
      if (tag === "br" || tag === "hr") {
        this.flush();
      } else if (/^h[1-6]$/u.test(tag)) {
        this.flush();
        const heading = this.heading(child, Number(tag[1]));
        if (heading) this.push(heading);
      } else if (tag === "table") {
        this.flush();
        if (this.page.isLayoutTable(child)) {
          for (const row of this.page.rowsOf(child)) {
            for (const cell of row.children) if (isElement(cell) && !this.page.isSkipped(cell)) this.block(cell, bold);
          }
        } else {
          this.table(child);
        }
      } else if (BLOCK_TAGS.has(tag)) {
        this.block(child, bold);
      } else {
        this.flow(child, boldOf(child) ?? bold);
      }
    }
  }

  /** A block element: its own paragraph when nothing inside it cut it into several. */
  private block(el: Element, bold: boolean): void {
    this.flush();
    const before = this.emitted;
    this.flow(el, boldOf(el) ?? bold);
    this.flush(this.emitted === before ? el : undefined);
  }

  /** Ends the current paragraph; `owner` is the element the paragraph is the whole of. */
  flush(owner?: Element): void {
    const items = this.pending;
    this.pending = [];
    const normal = normalize(items, "join");
    const extent = extentOf(normal);
    if (!extent || CHROME_LINE.test(normal.text)) return;
    this.push(this.paragraph(normal, owner ? elementRange(owner) : extent));
  }

  private push(block: Block): void {
    this.blocks.push(block);
    this.emitted++;
  }

  /**
   * A paragraph, or a heading when it is one without heading markup: wholly bold (depth 2 when
   * numbered 一、…, else 3), or a short title numbered 一、… that is not a sentence (depth 2).
   */
  paragraph(normal: NormalText, range: SourceRange): HeadingBlock | ParagraphBlock {
    const text = normal.text;
    const content = contentOf(normal);
    const enumerated = ENUMERATED_TITLE.test(text);
    if (allBold(normal) && text.length <= BOLD_HEADING_MAX && (text.length <= 20 || !/[。；;！？]/u.test(text))) return { kind: "heading", depth: enumerated ? 2 : 3, content, range };
    if (enumerated && text.length <= TITLE_PARAGRAPH_MAX && !/[。；;]/u.test(text)) return { kind: "heading", depth: 2, content, range };
    return { kind: "paragraph", content, range };
  }

  heading(el: Element, depth: number): HeadingBlock | undefined {
    const normal = normalize(this.inline(el, false), "join");
    if (!normal.text) return undefined;
    return { kind: "heading", depth, content: contentOf(normal), range: elementRange(el) };
  }

  /** The text of an element read as one line: breaks and block edges inside it are line breaks. */
  inline(el: Element, bold: boolean, out: Item[] = []): Item[] {
    const walk = (n: Element, b: boolean): void => {
      for (const child of n.children) {
        if (child.type === "text") textItems(child, this.source, n, b, out);
        else if (isElement(child) && !this.page.isSkipped(child)) {
          const range = elementRange(child);
          if (child.tagName === "br") {
            out.push({ kind: "break", start: range.start, end: range.end });
            continue;
          }
          const block = BLOCK_TAGS.has(child.tagName);
          if (block) out.push({ kind: "break", start: range.start, end: range.start });
          walk(child, boldOf(child) ?? b);
          if (block) out.push({ kind: "break", start: range.end, end: range.end });
        }
      }
    };
    walk(el, boldOf(el) ?? bold);
    return out;
  }

  /** One line of text from anywhere in the page: a title, a date line. */
  line(el: Element, mode: BreakMode): NormalText {
    return normalize(this.inline(el, false), mode);
  }

  private table(el: Element): void {
    const caption = el.children.find((c): c is Element => isElement(c) && c.tagName === "caption");
    if (caption) {
      const normal = normalize(this.inline(caption, false), "join");
      if (normal.text) this.push(this.paragraph(normal, elementRange(caption)));
    }
    const block = readTable(el, this);
    if (block.rows.some((r) => r.cells.some((c) => c.text))) this.push(block);
  }

  /** A cell: its text, where it is, and what a fix that gives it a new value replaces. */
  cell(td: Element): TableCell {
    const range = elementRange(td);
    const items = this.inline(td, false);
    const normal = normalize(items, "join");
    const chars = items.filter((i): i is CharItem => i.kind === "char");
    if (!normal.text) {
      // An empty cell (or one holding only &nbsp;): the fix replaces all there is inside the
      // innermost element that holds that blank, so `<td><p>&nbsp;</p></td>` becomes `<p>0</p>`.
      const holder = this.holder(td, chars.map((c) => c.parent));
      const edit = innerRange(holder);
      return { text: "", range, contentRange: { start: edit.start, end: edit.start }, editRange: edit, editPadding: "" };
    }
    const extent = extentOf(normal)!;
    const written = chars.filter((c) => !isWhitespaceText(c.ch)).map((c) => c.parent);
    return { text: normal.text, range, contentRange: extent, editRange: innerRange(this.holder(td, written)), editPadding: "" };
  }

  /** The innermost element inside `td` (or `td` itself) that holds every one of `parents`. */
  private holder(td: Element, parents: Element[]): Element {
    const unique = [...new Set(parents)];
    if (unique.length === 0) return td;
    const chainOf = (el: Element): Element[] => {
      const chain: Element[] = [];
      for (let n: Parent | undefined = el; n && n.type === "element"; n = this.page.parents.get(n)) {
        chain.unshift(n);
        if (n === td) return chain;
      }
      return [td];
    };
    const chains = unique.map(chainOf);
    let holder = td;
    for (let i = 0; ; i++) {
      const at = chains[0]![i];
      if (!at || chains.some((c) => c[i] !== at)) break;
      holder = at;
    }
    return holder;
  }
}

/** A position of the grid: a cell's own position, or one that a spanning cell covers. */
interface Slot {
  cell: TableCell;
  /** The column where the cell that covers it starts. */
  column: number;
}

/**
 * The table as a grid, spans expanded the way a person writes them in a Markdown table: the text
 * stands in the top-left position of a spanning cell and the positions it covers are empty cells,
 * zero-width at the spanning cell's text so that nothing ever points into nothing.
 */
function readTable(el: Element, reader: Reader): TableBlock {
  const trs = reader.page.rowsOf(el);
  const grid: (Slot | undefined)[][] = trs.map(() => []);
  trs.forEach((tr, r) => {
    let c = 0;
    for (const td of tr.children) {
      if (!isElement(td) || (td.tagName !== "td" && td.tagName !== "th")) continue;
      while (grid[r]![c]) c++;
      const colspan = span(td.properties.colSpan, 1);
      const rowspan = Math.min(span(td.properties.rowSpan, 0) || trs.length - r, trs.length - r);
      const cell = reader.cell(td);
      const at = cell.contentRange.start;
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          const own = dr === 0 && dc === 0;
          const covered: TableCell = { text: "", range: { start: at, end: at }, contentRange: { start: at, end: at }, editRange: { start: at, end: at }, editPadding: "" };
          grid[r + dr]![c + dc] = { cell: own ? cell : covered, column: c };
        }
      }
      c += colspan;
    }
  });
  const groups = columnGroups(grid);
  const rows: TableRow[] = trs.map((tr, r) => {
    const inner = innerRange(tr);
    const hole = (): TableCell => ({ text: "", range: { start: inner.end, end: inner.end }, contentRange: { start: inner.end, end: inner.end }, editRange: { start: inner.end, end: inner.end }, editPadding: "" });
    const slots = groups.map((group) => {
      const here = group.map((c) => grid[r]![c]);
      return here.find((s, i) => s && s.column === group[i]) ?? here.find((s) => s);
    });
    while (slots.length && !slots[slots.length - 1]) slots.pop();
    return { range: elementRange(tr), cells: slots.map((s) => s?.cell ?? hole()) };
  });
  return { kind: "table", rows, range: elementRange(el) };
}

/**
 * Grid columns read as one. Tables pasted from Word carry spurious grid columns: where the cell
 * edges of two rows are a little apart, Word splits the grid, and one row's value sits one column
 * right of its header (`本年增/减` spans columns 2–3, the value under it starts at column 3).
 * Adjacent columns are one column when no row has two cells starting in them (a cell covering a
 * row from above counts as starting there), so every row keeps its cells and none is split apart.
 */
function columnGroups(grid: (Slot | undefined)[][]): number[][] {
  const width = Math.max(0, ...grid.map((row) => row.length));
  const starts = (r: number, c: number): boolean => grid[r]![c]?.column === c;
  const groups: number[][] = [];
  for (let c = 0; c < width; c++) {
    const group = groups[groups.length - 1];
    const joins = group && grid.every((_, r) => !starts(r, c) || !group.some((g) => starts(r, g)));
    if (joins) group.push(c);
    else groups.push([c]);
  }
  return groups;
}

/** A colspan or rowspan attribute as HTML reads it: a positive integer, else the default. 0 is "to the end" for rowspan. */
function span(value: unknown, fallback: number): number {
  const n = typeof value === "number" ? value : Number.parseInt(String(value ?? ""), 10);
  if (!Number.isFinite(n) || n < 0) return fallback || 1;
  if (n === 0) return fallback;
  return Math.min(Math.trunc(n), MAX_SPAN);
}

/**
 * The report's title when the body has none: the page's `<h1>` naming a report, else the part of
 * `<title>` that names one (site names after `_`, `-` or `|` left out). Called only when no
 * first-level heading was read, so any `<h1>` found here sits outside what was read.
 */
function pageTitle(page: Page, reader: Reader): HeadingBlock | undefined {
  const h1s: Element[] = [];
  let title: Element | undefined;
  const walk = (n: Parent): void => {
    for (const child of n.children) {
      if (!isElement(child)) continue;
      if (child.tagName === "title") title ??= child;
      else if (child.tagName === "h1") h1s.push(child);
      else if (!OUT_OF_PAGE.has(child.tagName)) walk(child);
    }
  };
  walk(page.root);
  for (const h1 of h1s) {
    const normal = reader.line(h1, "join");
    if (/报告|年报/u.test(normal.text)) return { kind: "heading", depth: 1, content: contentOf(normal), range: elementRange(h1) };
  }
  if (!title) return undefined;
  const normal = reader.line(title, "join");
  const parts = normal.text.split(/\s*(?:_|\||｜|(?<!\d)-+(?!\d)|—+|–)\s*/u);
  const part = parts.find((p) => /报告|年报/u.test(p));
  if (!part) return undefined;
  const at = normal.text.indexOf(part);
  const sliced: NormalText = { text: part, chars: normal.chars.slice(at, at + part.length) };
  return { kind: "heading", depth: 1, content: contentOf(sliced), range: extentOf(sliced)! };
}

/**
 * The 发布日期 line of the page chrome (`<span>发布日期：2023-02-02</span>`): the smallest element
 * that holds one. Called only when no paragraph read holds one.
 */
function publishedLine(page: Page, reader: Reader): ParagraphBlock | undefined {
  const find = (el: Element): Element | undefined => {
    if (OUT_OF_PAGE.has(el.tagName) || !PUBLISHED_LINE.test(page.rawTextOf(el))) return undefined;
    for (const child of el.children) {
      if (!isElement(child)) continue;
      const inner = find(child);
      if (inner) return inner;
    }
    return el;
  };
  let found: Element | undefined;
  for (const child of page.root.children) if (isElement(child)) found ??= find(child);
  if (!found) return undefined;
  const normal = reader.line(found, "space");
  if (!PUBLISHED_LINE.test(normal.text) || normal.text.length > 200) return undefined;
  return { kind: "paragraph", content: contentOf(normal), range: extentOf(normal)! };
}
