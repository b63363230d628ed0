/**
 * Markdown source → mdast: the very tree remark-parse + remark-frontmatter (yaml) + remark-gfm build, node for node
 * and position for position, in time linear in the size of the source and with a small constant.
 *
 * Why: the unified pipeline spends tens of microseconds per GFM table cell (a tokenizer per cell, an event list,
 * an edit map and a compiler pass over it, the autolink-literal transform walking the whole tree), and a report
 * is mostly tables: remark-gfm took 8 times as long as remark-parse alone on a 9 KB report, and 6 to 13 seconds
 * on a 10,000-row table (bench/markdown-tables.ts).
 *
 * How: the document is cut into top-level blocks where CommonMark starts a new block whatever came before: after
 * a block built here, or after a blank line, at a line at column 1 that can neither continue a container nor a
 * multi-line leaf. Blocks of the shapes reports are made of are built here directly: ATX headings, paragraphs and
 * GFM tables whose inline content is plain text (or e-mail addresses set off by CJK text or spaces), flow HTML
 * comments, YAML front matter. Every other block (lists, block quotes, code, setext headings, anything whose inline
 * content is not plainly text) is parsed by remark, the run of such blocks cut out at those boundaries and parsed
 * alone, its positions shifted back. Table cells whose content is not plain go to remark all at once per table,
 * each as the one cell of a row of a one-column table (a cell's inline content is parsed on its own, whatever its
 * row). A document with something that may reach across such a cut (definitions, fenced code, raw HTML blocks of
 * the kinds that span blank lines, a BOM, a lone CR) is parsed by remark whole.
 *
 * markdown-tree.test.ts checks the trees against remark's on every fixture and on edge-case, generated and mutated
 * documents; markdown-tree-linear.test.ts counts the work.
 */
import type {
  AlignType,
  Heading,
  Html,
  Link,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  Text,
  Yaml,
} from "mdast";
import type { Point } from "unist";
import { parseMarkdownUpstream } from "./markdown-upstream.ts";

/** Work done by one parse, for tests that prove the cost linear by counting instead of timing. */
export interface MarkdownParseStats {
  /** Characters and lines the fast path examined, each pass over a character counted once. */
  steps: number;
  /** Characters handed to remark (regions and table rows not proven simple, or the whole document). */
  upstreamChars: number;
  /** Times remark was called. */
  upstreamCalls: number;
}

/** Parses `source` to mdast, node for node and position for position the tree `parseMarkdownUpstream` builds. */
export function parseMarkdownTree(source: string, stats?: MarkdownParseStats): Root {
  const st = stats ?? { steps: 0, upstreamChars: 0, upstreamCalls: 0 };
  if (needsWholeDocument(source)) return callUpstream(source, st);
  return new FastParser(source, st).parse();
}

function callUpstream(text: string, st: MarkdownParseStats): Root {
  st.upstreamChars += text.length;
  st.upstreamCalls++;
  return parseMarkdownUpstream(text);
}

// Things that may reach across a blank line into what looks like a fresh top-level block, or that change how
// characters map to points: these documents are parsed by remark whole.
const REACHES_ACROSS = /\]:|```|~~~|\0|<(?:script|pre|style|textarea|\?|![A-Za-z]|!\[CDATA\[)/i;

function needsWholeDocument(source: string): boolean {
  if (source.charCodeAt(0) === 0xfeff) return true;
  if (REACHES_ACROSS.test(source)) return true;
  // A lone CR is a line ending of its own; only LF and CRLF are split here.
  for (let at = source.indexOf("\r"); at !== -1; at = source.indexOf("\r", at + 1)) {
    if (source.charCodeAt(at + 1) !== 10) return true;
  }
  return false;
}

// ASCII characters after which inline content may be more than one text node: escapes, code, emphasis,
// strikethrough, links, images, footnote calls, autolinks, raw HTML, character references, and the pipe (a cell
// divider, or in a paragraph a possible table). 2 marks w and h ("www." and "http" literals), 3 the @ of an
// e-mail literal.
const INLINE = new Uint8Array(128);
for (const ch of "\\`*_[]<&~|!\t") INLINE[ch.charCodeAt(0)] = 1;
for (const ch of "wWhH") INLINE[ch.charCodeAt(0)] = 2;
INLINE[64] = 3;

// ASCII characters that may not start a fast paragraph line (at its start, or as a continuation line): block
// syntax (headings, quotes, lists, breaks, setext underlines, fences, HTML, tables and their delimiter rows,
// definitions) and indentation.
const NOT_PARAGRAPH_START = new Uint8Array(128);
for (const ch of " \t#>-+*_=`~<|[:\\&!") NOT_PARAGRAPH_START[ch.charCodeAt(0)] = 1;

const SPACE = 32;
const PIPE = 124;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const BACKSLASH = 92;
const TAB = 9;
const AT = 64;
const LF = 10;

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
const isLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;
/** GFM's atext: what may precede the @ of an e-mail literal. */
const isAtext = (c: number): boolean => isAlnum(c) || c === 43 || c === 45 || c === 46 || c === 95;

class FastParser {
  private readonly src: string;
  private readonly st: MarkdownParseStats;
  /** Line i runs from starts[i] to ends[i] (line ending excluded); the next line starts at starts[i + 1]. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly out: RootContent[] = [];
  /** Offset of the next tab not yet passed (-1: none left); see hasTab. */
  private nextTab = -2;
  /** Reused by splitRow for the e-mail spans of a cell. */
  private readonly scratch: number[] = [];
  /** Offset of the next `<!--` not yet passed (-1: none left); see extendSlow. */
  private nextOpen = -2;

  constructor(source: string, st: MarkdownParseStats) {
    this.src = source;
    this.st = st;
    let at = 0;
    for (;;) {
      const nl = source.indexOf("\n", at);
      this.starts.push(at);
      if (nl === -1) {
        this.ends.push(source.length);
        break;
      }
      this.ends.push(nl > at && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      at = nl + 1;
    }
    st.steps += this.starts.length;
  }

  parse(): Root {
    const { src } = this;
    const n = this.starts.length;
    let i = 0;
    if (src.startsWith("---") && this.isFenceLine(0)) {
      const next = this.frontMatter();
      if (next < 0) return callUpstream(src, this.st);
      i = next;
    }
    /** Start line of the region being collected for remark, or -1. */
    let slow = -1;
    let afterBlank = true;
    while (i < n) {
      if (this.isBlank(i)) {
        afterBlank = true;
        i++;
        continue;
      }
      // A region for remark ends only where a block built here starts (so one region takes in all the blocks
      // remark must parse between two simple ones); that block can start only where nothing reaches into it.
      const mark = this.out.length;
      const next = slow < 0 || (afterBlank && this.isFreshStart(i)) ? this.fastBlock(i) : -1;
      if (next >= 0) {
        if (slow >= 0) this.flushSlow(slow, i, mark);
        slow = -1;
        i = next;
        // Blocks built here end where the next line starts a block of its own.
        afterBlank = true;
        continue;
      }
      if (slow < 0) slow = i;
      i = this.extendSlow(i);
      afterBlank = false;
    }
    if (slow >= 0) this.flushSlow(slow, n, this.out.length);
    return {
      type: "root",
      children: this.out,
      position: { start: { line: 1, column: 1, offset: 0 }, end: this.pointAtEnd() },
    };
  }

  // ---- lines ----

  private isBlank(i: number): boolean {
    const { src } = this;
    const end = this.ends[i]!;
    for (let k = this.starts[i]!; k < end; k++) {
      const c = src.charCodeAt(k);
      if (c !== SPACE && c !== TAB) {
        this.st.steps += k - this.starts[i]! + 1;
        return false;
      }
    }
    this.st.steps += end - this.starts[i]! + 1;
    return true;
  }

  /** Whether line i holds a tab (lines asked about in order, so the search is linear overall). */
  private hasTab(i: number): boolean {
    const start = this.starts[i]!;
    if (this.nextTab !== -1 && this.nextTab < start) this.nextTab = this.src.indexOf("\t", start);
    return this.nextTab !== -1 && this.nextTab < this.ends[i]!;
  }

  private isFenceLine(i: number): boolean {
    return this.ends[i]! - this.starts[i]! === 3 && this.src.startsWith("---", this.starts[i]!);
  }

  /**
   * Whether line i, after a blank line, starts a top-level block that nothing before can continue: it starts at
   * column 1 with a character that neither continues a list item nor opens a container or a multi-line leaf.
   */
  private isFreshStart(i: number): boolean {
    const c = this.src.charCodeAt(this.starts[i]!);
    if (c >= 128) return true;
    if (c === HASH || c === PIPE) return true;
    if (c === 60) return this.src.startsWith("<!--", this.starts[i]!);
    return NOT_PARAGRAPH_START[c] === 0 && !this.isOrderedMarker(i);
  }

  /** `1.` / `1)` (up to nine digits) followed by a space, a tab or the end of the line: an ordered list item. */
  private isOrderedMarker(i: number): boolean {
    const { src } = this;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    let k = start;
    while (k < end && k - start < 10) {
      const c = src.charCodeAt(k);
      if (c < 48 || c > 57) break;
      k++;
    }
    if (k === start || k - start > 9 || k >= end) return false;
    const c = src.charCodeAt(k);
    if (c !== 46 && c !== 41) return false;
    return k + 1 === end || src.charCodeAt(k + 1) === SPACE || src.charCodeAt(k + 1) === TAB;
  }

  /**
   * One more line of a region for remark. A flow HTML comment may run across blank lines, so a region that opens
   * one runs at least to the line that closes it.
   */
  private extendSlow(i: number): number {
    const { src } = this;
    const start = this.starts[i]!;
    this.st.steps += this.ends[i]! - start + 1;
    // The next `<!--` at or after this line, searched once per occurrence, not once per line.
    if (this.nextOpen !== -1 && this.nextOpen < start) this.nextOpen = src.indexOf("<!--", start);
    const open = this.nextOpen;
    if (open === -1 || open >= this.ends[i]!) return i + 1;
    const close = src.indexOf("-->", open + 2);
    if (close === -1) return this.starts.length;
    this.st.steps += close - open;
    return this.lineOf(close, i) + 1;
  }

  /** The line holding offset `at`, searching forward from line `from`. */
  private lineOf(at: number, from: number): number {
    let i = from;
    while (i + 1 < this.starts.length && this.starts[i + 1]! <= at) i++;
    return i;
  }

  /** Parses lines [from, to) with remark and puts the nodes at `at` in the output (before the block after them). */
  private flushSlow(from: number, to: number, at: number): void {
    const start = this.starts[from]!;
    const end = to < this.starts.length ? this.starts[to]! : this.src.length;
    // Only the document's start may open front matter: a region elsewhere gets a blank line before it (which
    // changes nothing else), so that a `---` it starts with stays a thematic break or a setext underline.
    const lead = start === 0 ? "" : "\n";
    const tree = callUpstream(lead + this.src.slice(start, end), this.st);
    const after = this.out.splice(at);
    for (const node of tree.children) {
      shift(node, from - lead.length, start - lead.length);
      this.out.push(node);
    }
    for (const node of after) this.out.push(node);
  }

  private point(i: number, offset: number): Point {
    return { line: i + 1, column: offset - this.starts[i]! + 1, offset };
  }

  private pointAtEnd(): Point {
    const last = this.starts.length - 1;
    return this.point(last, this.src.length);
  }

  // ---- inline ----

  /**
   * Whether src[from, to) (on line i) is inline content remark turns into text nodes with exactly that text, apart
   * from e-mail literals remark makes links of; those are appended to `spans` as [line, start, end].
   */
  private inline(i: number, from: number, to: number, spans: number[]): boolean {
    const { src } = this;
    this.st.steps += to - from;
    for (let k = from; k < to; k++) {
      const c = src.charCodeAt(k);
      if (c >= 128) continue;
      const kind = INLINE[c];
      if (kind === 0) continue;
      if (kind === 1) {
        // An underscore inside the local part of an e-mail literal is part of the link, not emphasis.
        if (c !== 95) return false;
        let at = k + 1;
        while (at < to && isAtext(src.charCodeAt(at))) at++;
        if (at >= to || src.charCodeAt(at) !== AT) return false;
        const end = this.email(at, from, to);
        if (end < 0 || this.emailStart > k) return false;
        spans.push(i, this.emailStart, end);
        k = end - 1;
        continue;
      }
      if (kind === 3) {
        const end = this.email(k, from, to);
        if (end < 0) return false;
        spans.push(i, this.emailStart, end);
        k = end - 1;
        continue;
      }
      if (this.literalAt(k, to)) return false;
    }
    return true;
  }

  /** Whether a `www.` or `http` literal autolink may start at k (case-insensitively). */
  private literalAt(k: number, to: number): boolean {
    if (to - k < 4) return false;
    const { src } = this;
    const c = src.charCodeAt(k) | 0x20;
    const b = src.charCodeAt(k + 1) | 0x20;
    const d = src.charCodeAt(k + 2) | 0x20;
    const e = src.charCodeAt(k + 3);
    if (c === 119) return b === 119 && d === 119 && e === 46;
    return c === 104 && b === 116 && d === 116 && (e | 0x20) === 112;
  }

  /** Start of the e-mail literal `email` last found. */
  private emailStart = 0;

  /**
   * The end of the e-mail literal whose @ is at `at`, in the one shape whose meaning is plain: GFM atext starting
   * with a letter or digit, at the start of the content or of a line or after a space or a non-ASCII character
   * (CJK text); a domain of letters, digits and dashes with at least one dot, ending in a letter, before the end,
   * a space or a non-ASCII character. -1 for anything else (remark decides).
   */
  private email(at: number, from: number, to: number): number {
    const { src } = this;
    let s = at;
    while (s > from && isAtext(src.charCodeAt(s - 1))) s--;
    if (s === at || !isAlnum(src.charCodeAt(s))) return -1;
    if (s > from) {
      const p = src.charCodeAt(s - 1);
      if (p < 128 && p !== LF && p !== SPACE) return -1;
    }
    // No www. or http inside (left to remark, which may see a URL literal there).
    for (let k = s; k < at; k++) if (this.literalAt(k, at)) return -1;
    let k = at + 1;
    if (k >= to || !isAlnum(src.charCodeAt(k))) return -1;
    let dot = false;
    for (; k < to; k++) {
      const c = src.charCodeAt(k);
      if (isAlnum(c) || c === DASH) {
        if ((c | 0x20) === 119 || (c | 0x20) === 104) {
          if (this.literalAt(k, to)) return -1;
        }
        continue;
      }
      if (c === 46 && k + 1 < to && isAlnum(src.charCodeAt(k + 1)) && src.charCodeAt(k - 1) !== 46) {
        dot = true;
        continue;
      }
      break;
    }
    this.st.steps += k - s;
    if (!dot || !isLetter(src.charCodeAt(k - 1))) return -1;
    if (k < to && src.charCodeAt(k) < 128 && src.charCodeAt(k) !== SPACE) return -1;
    this.emailStart = s;
    return k;
  }

  /** Phrasing nodes for src[from, to) (lines i to j): text, with the e-mail literals in `spans` as links. */
  private phrasing(i: number, from: number, j: number, to: number, spans: readonly number[]): PhrasingContent[] {
    const out: PhrasingContent[] = [];
    let line = i;
    let at = from;
    for (let s = 0; s < spans.length; s += 3) {
      const spanLine = spans[s]!;
      const start = spans[s + 1]!;
      const end = spans[s + 2]!;
      if (start > at) out.push(this.text(line, at, spanLine, start));
      const label = this.text(spanLine, start, spanLine, end);
      const link: Link = {
        type: "link",
        title: null,
        url: `mailto:${label.value}`,
        children: [label],
        position: { start: this.point(spanLine, start), end: this.point(spanLine, end) },
      };
      out.push(link);
      line = spanLine;
      at = end;
    }
    if (to > at) out.push(this.text(line, at, j, to));
    return out;
  }

  private text(i: number, from: number, j: number, to: number): Text {
    return {
      type: "text",
      value: this.src.slice(from, to),
      position: { start: this.point(i, from), end: this.point(j, to) },
    };
  }

  // ---- blocks ----

  /** Builds the block starting at line i if it has a simple shape; returns the line after it, or -1. */
  private fastBlock(i: number): number {
    const c = this.src.charCodeAt(this.starts[i]!);
    if (c === HASH) return this.heading(i);
    if (c === PIPE) return this.table(i);
    if (c === 60) return this.htmlComment(i);
    if (c < 128 && (NOT_PARAGRAPH_START[c] === 1 || this.isOrderedMarker(i))) return -1;
    return this.paragraph(i);
  }

  private frontMatter(): number {
    const n = this.starts.length;
    for (let i = 1; i < n; i++) {
      const start = this.starts[i]!;
      this.st.steps += this.ends[i]! - start + 1;
      if (!this.src.startsWith("---", start)) continue;
      // A closing fence with anything after it is left to remark.
      if (!this.isFenceLine(i)) {
        let k = start + 3;
        while (k < this.ends[i]! && (this.src.charCodeAt(k) === SPACE || this.src.charCodeAt(k) === TAB)) k++;
        if (k === this.ends[i]!) return -1;
        continue;
      }
      const node: Yaml = {
        type: "yaml",
        value: i === 1 ? "" : this.src.slice(this.starts[1]!, this.ends[i - 1]!),
        position: { start: this.point(0, 0), end: this.point(i, this.ends[i]!) },
      };
      this.out.push(node);
      return i + 1;
    }
    return -1;
  }

  private heading(i: number): number {
    const { src } = this;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    let k = start;
    while (k < end && src.charCodeAt(k) === HASH) k++;
    const depth = k - start;
    if (depth > 6 || k === end || src.charCodeAt(k) !== SPACE) return -1;
    while (k < end && src.charCodeAt(k) === SPACE) k++;
    // Empty headings, closing sequences and trailing spaces are left to remark.
    if (k === end) return -1;
    const last = src.charCodeAt(end - 1);
    const spans: number[] = [];
    if (last === HASH || last === SPACE || !this.inline(i, k, end, spans)) return -1;
    const node: Heading = {
      type: "heading",
      depth: depth as Heading["depth"],
      children: this.phrasing(i, k, i, end, spans),
      position: { start: this.point(i, start), end: this.point(i, end) },
    };
    this.out.push(node);
    return i + 1;
  }

  private htmlComment(i: number): number {
    const { src } = this;
    const start = this.starts[i]!;
    if (!src.startsWith("<!--", start)) return -1;
    // The comment's own opening dashes count: `<!-->` and `<!--->` are whole comments.
    const close = src.indexOf("-->", start + 2);
    if (close === -1) return -1;
    this.st.steps += close + 3 - start;
    const j = this.lineOf(close, i);
    const node: Html = {
      type: "html",
      value: src.slice(start, this.ends[j]!),
      position: { start: this.point(i, start), end: this.point(j, this.ends[j]!) },
    };
    this.out.push(node);
    return j + 1;
  }

  /** A paragraph of plain lines, each at column 1 without trailing spaces, up to a blank line or the end. */
  private paragraph(i: number): number {
    const { src } = this;
    const n = this.starts.length;
    const spans: number[] = [];
    let j = i;
    for (; j < n; j++) {
      const start = this.starts[j]!;
      const end = this.ends[j]!;
      if (this.isBlank(j)) break;
      if (j > i) {
        const c = src.charCodeAt(start);
        if (c < 128 && (NOT_PARAGRAPH_START[c] === 1 || this.isOrderedMarker(j))) return -1;
      }
      if (src.charCodeAt(end - 1) === SPACE || !this.inline(j, start, end, spans)) return -1;
    }
    const last = j - 1;
    const from = this.starts[i]!;
    const to = this.ends[last]!;
    const node: Paragraph = {
      type: "paragraph",
      children: this.phrasing(i, from, last, to, spans),
      position: { start: this.point(i, from), end: this.point(last, to) },
    };
    this.out.push(node);
    return j;
  }

  /**
   * A GFM table: a head row and a delimiter row with as many cells, then body rows, every line starting with a
   * pipe at column 1, up to a blank line or the end. Cells whose content is not plain text are parsed by remark,
   * all of a table's at once, each as the one cell of a row under a one-column head (a cell's inline content is
   * parsed on its own, whatever its row), and their nodes moved back into place.
   */
  private table(i: number): number {
    const { src } = this;
    const n = this.starts.length;
    if (i + 1 >= n) return -1;
    // A head row of a lone pipe (and spaces) makes no table.
    let k = this.starts[i]! + 1;
    while (k < this.ends[i]! && src.charCodeAt(k) === SPACE) k++;
    if (k === this.ends[i]!) return -1;
    const head = this.splitRow(i);
    const align = this.delimiterRow(i + 1);
    if (align === undefined || align.length * 4 !== head.length) return -1;
    // The extent: rows start with a pipe; a blank line or the end closes the table; anything else is remark's.
    // So are tables with a tab in them (whitespace around cells, and columns count tab stops).
    let j = i + 2;
    for (; j < n; j++) {
      if (this.isBlank(j)) break;
      if (src.charCodeAt(this.starts[j]!) !== PIPE) return -1;
    }
    for (let r = i; r < j; r++) if (this.hasTab(r)) return -1;
    const special: SpecialCell[] = [];
    const rows: TableRow[] = [this.row(i, head, special)];
    for (let r = i + 2; r < j; r++) rows.push(this.row(r, this.splitRow(r), special));
    if (special.length > 0 && !this.specialCells(special)) return -1;
    const last = j - 1;
    const node: Table = {
      type: "table",
      align,
      children: rows,
      position: { start: this.point(i, this.starts[i]!), end: this.point(last, this.ends[last]!) },
    };
    this.out.push(node);
    return j;
  }

  /**
   * The cells of a row starting with a pipe: [start, contentStart, contentEnd, kind] per cell, where a cell runs
   * from its opening pipe to the next pipe not escaped (the last cell to the end of the row, trailing pipe and
   * spaces included) and its content is the cell trimmed of spaces; after the last pipe, only non-blank text makes
   * a cell. kind: 0 plain text, 1 text and e-mail literals, 2 for remark.
   */
  private splitRow(i: number): number[] {
    const { src } = this;
    const end = this.ends[i]!;
    const cells: number[] = [];
    let pipe = this.starts[i]!;
    this.st.steps += end - pipe;
    for (;;) {
      let k = pipe + 1;
      while (k < end && src.charCodeAt(k) === SPACE) k++;
      const contentStart = k;
      let contentEnd = k;
      let c = 0;
      while (k < end && (c = src.charCodeAt(k)) !== PIPE) {
        if (c !== SPACE) contentEnd = k + 1;
        // A backslash escapes a following pipe or backslash (GFM): both stay in the cell.
        if (c === BACKSLASH && k + 1 < end) {
          const next = src.charCodeAt(k + 1);
          if (next === PIPE || next === BACKSLASH) {
            k++;
            contentEnd = k + 1;
          }
        }
        k++;
      }
      if (k >= end && contentEnd === contentStart) {
        // Only spaces after the last pipe: the previous cell (if any) runs to the end of the row.
        if (cells.length === 0) cells.push(pipe, contentStart, contentStart, 0);
        break;
      }
      const spans = this.scratch;
      spans.length = 0;
      const kind = !this.inline(i, contentStart, contentEnd, spans) ? 2 : spans.length > 0 ? 1 : 0;
      cells.push(pipe, contentStart, contentEnd, kind);
      if (k >= end) break;
      pipe = k;
    }
    return cells;
  }

  /** The alignment of a delimiter row like `|---|:--:|--:|` (pipe first, nothing but dashes, colons, spaces). */
  private delimiterRow(i: number): AlignType[] | undefined {
    const { src } = this;
    const end = this.ends[i]!;
    let k = this.starts[i]!;
    if (src.charCodeAt(k) !== PIPE) return undefined;
    this.st.steps += end - k;
    k++;
    const align: AlignType[] = [];
    for (;;) {
      while (k < end && src.charCodeAt(k) === SPACE) k++;
      if (k === end) return align.length > 0 ? align : undefined;
      const left = src.charCodeAt(k) === COLON;
      if (left) k++;
      const dashes = k;
      while (k < end && src.charCodeAt(k) === DASH) k++;
      if (k === dashes) return undefined;
      const right = k < end && src.charCodeAt(k) === COLON;
      if (right) k++;
      while (k < end && src.charCodeAt(k) === SPACE) k++;
      align.push(left ? (right ? "center" : "left") : right ? "right" : null);
      if (k === end) return align;
      if (src.charCodeAt(k) !== PIPE) return undefined;
      k++;
    }
  }

  private row(i: number, cells: number[], special: SpecialCell[]): TableRow {
    const end = this.ends[i]!;
    const children: TableCell[] = [];
    for (let c = 0; c < cells.length; c += 4) {
      const start = cells[c]!;
      const cellEnd = c + 4 < cells.length ? cells[c + 4]! : end;
      const contentStart = cells[c + 1]!;
      const contentEnd = cells[c + 2]!;
      const kind = cells[c + 3]!;
      let content: PhrasingContent[] = [];
      if (kind === 1) {
        const spans: number[] = [];
        this.inline(i, contentStart, contentEnd, spans);
        content = this.phrasing(i, contentStart, i, contentEnd, spans);
      } else if (kind === 0 && contentEnd > contentStart) {
        content = [this.text(i, contentStart, i, contentEnd)];
      }
      const cell: TableCell = {
        type: "tableCell",
        children: content,
        position: { start: this.point(i, start), end: this.point(i, cellEnd) },
      };
      if (kind === 2) special.push({ line: i, start: contentStart, end: contentEnd, cell });
      children.push(cell);
    }
    return {
      type: "tableRow",
      children,
      position: { start: this.point(i, this.starts[i]!), end: this.point(i, end) },
    };
  }

  /**
   * Fills in the content of the cells remark must parse: one document, a one-column table whose body rows are
   * those cells' contents, `| content |` each; the nodes of each are moved to where the content really is (it is
   * on one line, so lines, columns and offsets each move by a constant). False (the whole table is then remark's)
   * if remark did not see one table with one one-cell row per content.
   */
  private specialCells(cells: readonly SpecialCell[]): boolean {
    const { src } = this;
    const HEAD = "| x |\n|-|\n";
    const at: number[] = [];
    let text = HEAD;
    for (const cell of cells) {
      at.push(text.length + 2);
      text += `| ${src.slice(cell.start, cell.end)} |\n`;
    }
    const tree = callUpstream(text, this.st);
    const table = tree.children[0];
    if (tree.children.length !== 1 || table?.type !== "table" || table.children.length !== cells.length + 1) return false;
    for (let k = 0; k < cells.length; k++) {
      const row = table.children[k + 1]!;
      if (row.children.length !== 1) return false;
      const cell = cells[k]!;
      // The content starts at line k + 3, column 3 of `text`.
      const lines = cell.line + 1 - (k + 3);
      const columns = cell.start - this.starts[cell.line]! + 1 - 3;
      const offset = cell.start - at[k]!;
      const content = row.children[0]!.children;
      for (const node of content) shift(node, lines, offset, columns);
      cell.cell.children = content;
    }
    return true;
  }
}

/** A table cell whose content remark parses; see specialCells. */
interface SpecialCell {
  line: number;
  start: number;
  end: number;
  cell: TableCell;
}


/**
 * Moves a parsed fragment's positions: `lines` more lines, `offset` more characters, `columns` more columns (only
 * for a fragment on one line; a fragment cut out at line starts keeps its columns).
 */
function shift(node: RootContent, lines: number, offset: number, columns = 0): void {
  const position = node.position;
  if (position) {
    position.start.line += lines;
    position.start.column += columns;
    position.start.offset = (position.start.offset ?? 0) + offset;
    position.end.line += lines;
    position.end.column += columns;
    position.end.offset = (position.end.offset ?? 0) + offset;
  }
  if ("children" in node) for (const child of node.children as RootContent[]) shift(child, lines, offset, columns);
}
