import type { Block, HeadingBlock, ParagraphBlock, ReportDocument } from "../model/document.ts";
import type { Profile } from "../profiles/load.ts";
import type { TextContent, TextSpan } from "../text/text-content.ts";
import { isBlank, isPipeLine, maskComments, readLines, type TextLine } from "./text-lines.ts";
import {
  chromeLabel,
  hasSectionEnumerator,
  isEnumeratedTitle,
  isKnownSectionTitle,
  isProse,
  isReportTitle,
  isTitleHead,
  startsParagraph,
  withoutBullet,
  withoutHeadingMarks,
} from "./text-structure.ts";
import { mayStartTable, readTableRegion, type TableRegion } from "./text-regions.ts";
import { templateTables, type TemplateTable } from "./text-templates.ts";

/**
 * Reads a plain-text report: text copied from a web page (one table cell per line), text with `|`
 * between cells, or text extracted from a PDF (cells broken across lines, vertical labels, page
 * footers). Tables keep no structure in such text, so they are rebuilt by aligning their labels and
 * numbers with the templates of `profiles` (text-regions.ts). Every cell, heading and paragraph keeps
 * the offsets of the text it came from: messages point at lines and columns a person can find, and
 * a fix that replaces a number edits that number in the file.
 */
export function parseTextReport(source: string, profiles: readonly Profile[]): ReportDocument {
  const { masked, comments } = maskComments(source);
  const doc: ReportDocument = { source, format: "text", editable: true, blocks: [], comments, problems: [] };
  new TextReader(withoutRunningTitles(readLines(masked)), profiles, templateTables(profiles), masked, doc).read();
  return doc;
}

/** Lines read before the report's title: a web page's chrome, or the issuer's line of a PDF. */
const TITLE_SEARCH = 40;

/**
 * A PDF repeats the report's title at the top of each page: the repeats, inside tables as often as
 * not, are page furniture like the footers, and are read as blank lines.
 */
function withoutRunningTitles(lines: TextLine[]): TextLine[] {
  const title = lines.slice(0, TITLE_SEARCH).find((l) => isReportTitle(titleText(l)));
  if (!title) return lines;
  const key = title.text.replace(/\s+/gu, "");
  return lines.map((l) =>
    l.index > title.index && l.text.replace(/\s+/gu, "") === key
      ? { ...l, text: "", contentStart: l.end, contentEnd: l.end, footer: { start: l.contentStart, end: l.contentEnd } }
      : l,
  );
}

/** Non-blank lines read first to see whether a table starts on a line. */
const PROBE_LINES = 40;

/** A note under a table (`注：…`, `说明：…`) ends it. */
const NOTE = /^(?:注|说明|备注|附注)\s*\d*\s*[:：]/u;

class TextReader {
  /** Before the first section title: page chrome, the report's title, a preamble. */
  private preamble = true;
  private titled = false;
  private readonly regions = new Map<number, { end: number; region: TableRegion | undefined }>();
  /** Per line, the end of a table region starting there (computed once). */
  private ends: number[] | undefined;
  /** Lines before this one were read as part of a region that is no table. */
  private noTableBefore = 0;

  constructor(
    private readonly lines: readonly TextLine[],
    private readonly profiles: readonly Profile[],
    private readonly templates: readonly TemplateTable[],
    private readonly masked: string,
    private readonly doc: ReportDocument,
  ) {}

  read(): void {
    let i = 0;
    while (i < this.lines.length) i = this.readAt(i);
  }

  /** Reads what starts at line i; returns the next line to read. */
  private readAt(i: number): number {
    const line = this.lines[i]!;
    if (isBlank(line)) return i + 1;
    const text = line.text;

    if (this.preamble) {
      const chrome = chromeLabel(text);
      if (chrome) return this.chrome(i, chrome);
    }
    const title = this.sectionTitleAt(i);
    if (title) {
      this.push(heading(2, title.lines));
      this.preamble = false;
      return title.next;
    }
    const table = this.tableAt(i);
    if (table) {
      this.doc.blocks.push(...table.region.blocks);
      this.doc.problems.push(...table.region.problems);
      return table.end;
    }
    if (isEnumeratedTitle(titleText(line), this.templates)) {
      this.push(heading(2, [line]));
      this.preamble = false;
      return i + 1;
    }
    if (this.preamble && !this.titled) {
      const next = this.nextNonBlank(i + 1);
      if (next !== undefined && isTitleHead(titleText(line), titleText(this.lines[next]!))) {
        this.titled = true;
        this.push(heading(1, [line, this.lines[next]!]));
        return next + 1;
      }
      if (isReportTitle(titleText(line))) {
        this.titled = true;
        this.push(heading(1, [line]));
        return i + 1;
      }
    }
    return this.paragraph(i);
  }

  private push(block: Block): void {
    this.doc.blocks.push(block);
  }

  private nextNonBlank(from: number): number | undefined {
    for (let j = from; j < this.lines.length; j++) if (!isBlank(this.lines[j]!)) return j;
    return undefined;
  }

  /** A section title on line i, or on lines i and i+1 when a PDF broke a long title in two. */
  private sectionTitleAt(i: number): { lines: TextLine[]; next: number } | undefined {
    const line = this.lines[i]!;
    const text = titleText(line);
    if (isKnownSectionTitle(text, this.profiles)) return { lines: [line], next: i + 1 };
    const second = this.lines[i + 1];
    if (second && !isBlank(second) && hasSectionEnumerator(text) && !isProse(text)) {
      if (isKnownSectionTitle(text + second.text, this.profiles)) return { lines: [line, second], next: i + 2 };
    }
    return undefined;
  }

  /** The table that starts on line i, read up to the next section title or prose. */
  private tableAt(i: number): { region: TableRegion; end: number } | undefined {
    let cached = this.regions.get(i);
    if (!cached) {
      cached = { end: i, region: undefined };
      if (i >= this.noTableBefore && mayStartTable(this.lines[i]!, this.templates)) {
        const end = this.regionEnd(i);
        // A table shows its labels in its first lines: text that does not is not read to its end.
        const probe = this.lines.slice(i, Math.min(end, this.nonBlankAfter(i, PROBE_LINES)));
        if (probe.length === end - i || readTableRegion(probe, this.templates, this.masked)) {
          const region = readTableRegion(this.lines.slice(i, end), this.templates, this.masked);
          if (region) cached = { end: region.lastLine + 1, region };
          // Lines that are no table as a whole are not tried again one by one.
          else this.noTableBefore = end;
        }
      }
      this.regions.set(i, cached);
    }
    return cached.region ? { region: cached.region, end: cached.end } : undefined;
  }

  /** The index after the n-th non-blank line from i on. */
  private nonBlankAfter(i: number, n: number): number {
    let j = i;
    for (let seen = 0; j < this.lines.length && seen < n; j++) if (!isBlank(this.lines[j]!)) seen++;
    return j;
  }

  /** A table read from line `from` runs to the last non-blank line before the next title or prose. */
  private regionEnd(from: number): number {
    if (!this.ends) {
      // One pass from the end: where a region starting on each line would stop.
      const n = this.lines.length;
      this.ends = new Array<number>(n);
      let lastText = -1;
      for (let j = n - 1; j >= 0; j--) {
        this.ends[j] = lastText >= 0 ? lastText + 1 : j + 1;
        const line = this.lines[j]!;
        if (isBlank(line)) continue;
        if (this.breaksTable(j)) lastText = -1;
        else if (lastText < 0) lastText = j;
      }
    }
    return Math.max(from + 1, this.ends[from]!);
  }

  /** A line no table runs through: a section title, prose, a note, a Markdown heading. */
  private breaksTable(j: number): boolean {
    const line = this.lines[j]!;
    const text = line.text;
    return (isProse(text) && !isCellLine(line)) || NOTE.test(text) || !!this.sectionTitleAt(j) || isEnumeratedTitle(titleText(line), this.templates) || isMarkdownHeading(text);
  }

  /** `• 发布日期` with `2023-02-02` on the next line: one paragraph `发布日期：2023-02-02`, each part mapped to its own line. */
  private chrome(i: number, chrome: { label: string; offset: number }): number {
    const line = this.lines[i]!;
    const labelStart = line.contentStart + chrome.offset;
    const label = { text: chrome.label, source: labelStart };
    const j = this.nextNonBlank(i + 1);
    const value = j !== undefined ? this.lines[j]! : undefined;
    if (!value || chromeLabel(value.text) || isProse(value.text) || isKnownSectionTitle(value.text, this.profiles) || isReportTitle(value.text)) {
      this.push({ kind: "paragraph", content: { text: label.text, spans: [{ at: 0, source: label.source }] }, range: { start: labelStart, end: labelStart + label.text.length } });
      return i + 1;
    }
    const text = `${label.text}：${value.text}`;
    const spans: TextSpan[] = [
      { at: 0, source: label.source },
      { at: label.text.length + 1, source: value.contentStart },
    ];
    this.push({ kind: "paragraph", content: { text, spans }, range: { start: labelStart, end: value.contentEnd } });
    return j! + 1;
  }

  /**
   * Consecutive lines of prose are one paragraph (a PDF breaks every paragraph into lines), up to a
   * blank line, a title, a table, or a line that starts a paragraph of its own (`（二）…`).
   */
  private paragraph(i: number): number {
    const taken: TextLine[] = [this.lines[i]!];
    let j = i + 1;
    for (; j < this.lines.length; j++) {
      const line = this.lines[j]!;
      if (isBlank(line) || startsParagraph(line.text)) break;
      if (this.preamble && (chromeLabel(line.text) || isReportTitle(titleText(line)))) break;
      if (isMarkdownHeading(line.text) || this.sectionTitleAt(j) || isEnumeratedTitle(titleText(line), this.templates) || this.tableAt(j)) break;
      taken.push(line);
    }
    this.push(paragraph(taken));
    return j;
  }
}

/** A line's text as a title: without Markdown's `#` marks. */
function titleText(line: TextLine): string {
  return withoutHeadingMarks(line.text).text;
}

/** A row with cell separators: long, but a row all the same. */
function isCellLine(line: TextLine): boolean {
  return isPipeLine(line) || line.text.includes("\t");
}

function isMarkdownHeading(text: string): boolean {
  return withoutHeadingMarks(text).offset > 0;
}

function content(lines: readonly TextLine[], separator: string, strip: (text: string) => { text: string; offset: number }): TextContent {
  let text = "";
  const spans: TextSpan[] = [];
  lines.forEach((line, k) => {
    if (k > 0) text += separator;
    const { text: own, offset } = strip(line.text);
    spans.push({ at: text.length, source: line.contentStart + offset });
    text += own;
  });
  return { text, spans };
}

function heading(depth: number, lines: readonly TextLine[]): HeadingBlock {
  return { kind: "heading", depth, content: content(lines, "", withoutHeadingMarks), range: { start: lines[0]!.contentStart, end: lines[lines.length - 1]!.contentEnd } };
}

function paragraph(lines: readonly TextLine[]): ParagraphBlock {
  return { kind: "paragraph", content: content(lines, "\n", withoutBullet), range: { start: lines[0]!.contentStart, end: lines[lines.length - 1]!.contentEnd } };
}
