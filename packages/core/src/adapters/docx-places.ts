import type { Place } from "../model/document.ts";

interface Span {
  start: number;
  end: number;
  place: Place;
}

/** Elements that are one Word paragraph each in mammoth's HTML. */
const PARAGRAPH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);
const VOID = new Set(["br", "img", "hr", "input", "col", "wbr"]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s[^>]*?)?)(\/?)>/gu;

/**
 * Maps offsets in the HTML that mammoth makes of a .docx back to what a person finds in Word:
 * - text outside tables: its paragraph, counted from 1 over the body's paragraphs (headings and list
 *   items included) that are not empty; mammoth drops empty paragraphs, and Word's own count of
 *   paragraphs leaves them out too, as a reader does;
 * - a table: its number (top-level tables in document order, as Word's Go To counts them), and
 *   inside it the row (header rows included) and the column on the table's grid: a cell after a
 *   cell merged across two columns is in column 3, a cell beside one merged down from the row above
 *   is after it. Text in a table nested in a cell is placed at the outer cell.
 * Footnotes and endnotes, which mammoth appends after the body, have no place.
 */
export function wordPlaces(html: string): (offset: number) => Place | undefined {
  const cells: Span[] = [];
  const rows: Span[] = [];
  const tables: Span[] = [];
  const paragraphs: Span[] = [];

  interface Open {
    name: string;
    span?: Span;
    note?: boolean;
  }
  const stack: Open[] = [];
  let tableDepth = 0;
  let listItemDepth = 0;
  let noteDepth = 0;
  let tableCount = 0;
  let paragraphCount = 0;
  // The grid of the current top-level table: for each column, the rows its cells still cover.
  let table: { number: number; row: number; column: number; covered: number[] } | undefined;

  for (const m of html.matchAll(TAG)) {
    const [text, slash, rawName, attributes, selfClosing] = m;
    const name = rawName!.toLowerCase();
    const start = m.index;
    const end = start + text.length;
    if (slash) {
      const at = findOpen(stack, name);
      if (at < 0) continue; // a stray end tag: mammoth writes none, but never fail on one
      for (const open of stack.splice(at)) {
        if (open.span) open.span.end = end;
        if (open.name === "table") tableDepth--;
        if (open.name === "table" && tableDepth === 0) table = undefined;
        if (open.name === "li") listItemDepth--;
        if (open.note) noteDepth--;
      }
      continue;
    }
    if (VOID.has(name) || selfClosing) continue;
    const open: Open = { name };
    if (name === "table") {
      if (tableDepth === 0 && noteDepth === 0) {
        table = { number: ++tableCount, row: 0, column: 0, covered: [] };
        open.span = { start, end: html.length, place: { table: table.number } };
        tables.push(open.span);
      }
      tableDepth++;
    } else if (name === "tr" && tableDepth === 1 && table) {
      table.row++;
      table.column = 0;
      open.span = { start, end: html.length, place: { table: table.number, row: table.row } };
      rows.push(open.span);
    } else if ((name === "td" || name === "th") && tableDepth === 1 && table && table.row > 0) {
      const colspan = span(attributes, "colspan");
      const rowspan = span(attributes, "rowspan");
      while ((table.covered[table.column] ?? 0) >= table.row) table.column++;
      const column = table.column;
      for (let c = column; c < column + colspan; c++) table.covered[c] = table.row + rowspan - 1;
      table.column += colspan;
      open.span = { start, end: html.length, place: { table: table.number, row: table.row, column: column + 1 } };
      cells.push(open.span);
    } else if (name === "li" && /\sid="(?:footnote|endnote|comment)-/u.test(attributes ?? "")) {
      open.note = true;
      noteDepth++;
    } else if (PARAGRAPH.has(name) && tableDepth === 0 && noteDepth === 0 && (name === "li" || listItemDepth === 0)) {
      open.span = { start, end: html.length, place: { paragraph: ++paragraphCount } };
      paragraphs.push(open.span);
    }
    if (name === "li") listItemDepth++;
    stack.push(open);
  }

  return (offset) => {
    for (const spans of [cells, rows, tables]) {
      const hit = innermost(spans, offset);
      if (hit) return { ...hit.place };
    }
    const paragraph = innermost(paragraphs, offset);
    return paragraph ? { ...paragraph.place } : undefined;
  };
}

function findOpen(stack: { name: string }[], name: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.name === name) return i;
  return -1;
}

function span(attributes: string | undefined, name: string): number {
  const m = new RegExp(`\\s${name}\\s*=\\s*"?(\\d+)`, "iu").exec(attributes ?? "");
  const n = m ? Number(m[1]) : 1;
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** The last span (in document order) that holds the offset: the innermost, as spans of one kind nest only in lists. */
function innermost(spans: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length;
  // The spans are sorted by start: find the last one starting at or before the offset…
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  // …then walk back to one that still holds it (an outer list item holds its nested items).
  for (let i = lo - 1; i >= 0; i--) {
    const s = spans[i]!;
    if (offset < s.end) return s;
  }
  return undefined;
}
