import type { ParagraphBlock, SourceRange, TableCell, TableRow } from "../model/document.ts";
import type { TextSpan } from "../text/text-content.ts";
import type { Fragment } from "./text-labels.ts";
import type { Token } from "./text-lines.ts";
import type { TextItem } from "./text-segments.ts";
import type { SplitPart } from "./text-split.ts";

export function rowOf(cells: TableCell[]): TableRow {
  const filled = cells.filter((c) => c.text !== "" || c.range.end > c.range.start);
  return { cells, range: spanOf((filled.length ? filled : cells).map((c) => c.range)) };
}

export function spanOf(ranges: SourceRange[]): SourceRange {
  return { start: Math.min(...ranges.map((r) => r.start)), end: Math.max(...ranges.map((r) => r.end)) };
}

export function emptyCell(at: number): TableCell {
  const r = { start: at, end: at };
  return { text: "", range: r, contentRange: r, editRange: r, editPadding: " " };
}

export function valueCell(token: Token): TableCell {
  const range = { start: token.start, end: token.end };
  if (token.text === "" && token.inner) return { text: "", range: token.inner, contentRange: range, editRange: token.inner, editPadding: " " };
  return { text: token.text, range: token.inner ?? range, contentRange: range, editRange: range, editPadding: "" };
}

export function partCell(part: SplitPart): TableCell {
  const range = { start: part.start, end: part.end };
  return { text: part.text, range, contentRange: range, editRange: range, editPadding: "" };
}

/**
 * A label read from one or more fragments. Its range runs from the first fragment to the last. When
 * only white space lies between them (`商业` / `企业`), so does its content range; when other cells
 * are written between them (a PDF's vertical label), the content range is the first fragment, so
 * that a suggested replacement never swallows the cells in between.
 */
export function labelCell(fragments: Fragment[], text: string, masked: string): TableCell {
  const first = fragments[0]!.token;
  const last = fragments[fragments.length - 1]!.token;
  const range = { start: first.start, end: last.end };
  let contiguous = true;
  for (let k = 1; k < fragments.length; k++) {
    const between = masked.slice(fragments[k - 1]!.token.end, fragments[k]!.token.start);
    if (/\S/u.test(between)) contiguous = false;
  }
  const content = contiguous ? range : { start: first.start, end: first.end };
  const whole = fragments.length === 1 && first.inner ? first.inner : range;
  return { text, range: whole, contentRange: content, editRange: content, editPadding: "" };
}

/** A caption cut short (`第二十条第`) stays text: a paragraph before its block's table. */
export function paragraphOf(item: TextItem): ParagraphBlock {
  const spans: TextSpan[] = [];
  let at = 0;
  for (const f of item.fragments) {
    spans.push({ at, source: f.token.start });
    at += f.token.text.length;
  }
  return { kind: "paragraph", content: { text: item.text, spans }, range: item.cell.range };
}
