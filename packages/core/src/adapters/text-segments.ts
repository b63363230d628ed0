import type { TableCell } from "../model/document.ts";
import type { CompiledBlock, CompiledTable } from "../profiles/load.ts";
import type { Fragment } from "./text-labels.ts";
import type { Token } from "./text-lines.ts";
import { matchOf } from "./text-templates.ts";

export type Item =
  | { kind: "label"; seq: number; text: string; cell: TableCell; line: number; fragments: Fragment[] }
  | { kind: "text"; seq: number; text: string; cell: TableCell; line: number; fragments: Fragment[]; captionPrefix: boolean }
  | { kind: "value"; seq: number; token: Token; cell: TableCell };

export type TextItem = Extract<Item, { kind: "label" | "text" }>;
export type ValueItem = Extract<Item, { kind: "value" }>;

export interface RowDraft {
  label?: TextItem;
  values: ValueItem[];
  /** Line of the label, or of the first value: a `|` line's values stay on its row. */
  line: number;
  /** Header labels met again among the data rows (a header repeated after a page break). */
  repeat?: TextItem[];
}

export interface Segment {
  caption?: TextItem;
  header: TextItem[];
  rows: RowDraft[];
  phase: "header" | "data";
  /** Notes such as 单位：件 written with the table: text beside it, not cells of it. */
  notes: TextItem[];
}

/** A unit note (`单位：件`, `计量单位：万元`): about the table, not a cell of it. */
const UNIT_NOTE = /^(?:计量)?单位\s*[:：]/u;

function isCaption(table: CompiledTable, item: TextItem): boolean {
  return item.kind === "label" ? matchOf(table.captionIndex, item.text).length > 0 : item.captionPrefix;
}

function isHeader(table: CompiledTable, text: string, block?: CompiledBlock): boolean {
  const blocks = block ? [block] : table.blocks;
  return blocks.some((b) => matchOf(b.columnIndex, text).length > 0 || matchOf(b.groupIndex, text).length > 0 || matchOf(b.auxiliaryIndex, text).length > 0);
}

function isRow(table: CompiledTable, text: string, block?: CompiledBlock): boolean {
  const blocks = block ? [block] : table.blocks;
  return blocks.some((b) => matchOf(b.rowIndex, text).length > 0);
}

export function cutSegments(table: CompiledTable, items: Item[]): Segment[] {
  const segments: Segment[] = [];
  let seg: Segment | undefined;
  let row: RowDraft | undefined;
  const open = (caption?: TextItem): Segment => {
    seg = { header: [], rows: [], phase: "header", notes: [], ...(caption ? { caption } : {}) };
    segments.push(seg);
    row = undefined;
    return seg;
  };
  const startRow = (s: Segment, label: TextItem): void => {
    row = { label, values: [], line: label.line };
    s.rows.push(row);
    s.phase = "data";
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === "value") {
      const s = seg ?? open();
      const token = item.token;
      // An empty cell of a `|` line is a blank of the row on that line; elsewhere it is layout.
      if (token.piped && token.text === "") {
        if (row && row.line === token.line && s.phase === "data") row.values.push(item);
        continue;
      }
      s.phase = "data";
      if (!row || (token.piped && row.line !== token.line)) {
        row = { values: [], line: token.line };
        s.rows.push(row);
      }
      row.values.push(item);
      continue;
    }
    if (isCaption(table, item)) {
      open(item);
      continue;
    }
    const s = seg ?? open();
    if (item.kind === "text" && UNIT_NOTE.test(item.text)) {
      s.notes.push(item);
      continue;
    }
    const header = item.kind === "label" && isHeader(table, item.text);
    const rowLabel = item.kind === "label" && isRow(table, item.text);
    const nextIsValue = items[i + 1]?.kind === "value";
    if (s.phase === "header") {
      if (header) s.header.push(item);
      else if (rowLabel || nextIsValue) startRow(s, item);
      else s.header.push(item);
      continue;
    }
    if (rowLabel || !header) {
      startRow(s, item);
      continue;
    }
    // A header label among data rows: the header repeated after a page break, if the block has
    // rows still to come; else the header of the next block, whose caption is missing.
    const block = resolveBlock(table, s, new Set());
    const repeat: TextItem[] = [];
    let j = i;
    // Header labels up to the next number; one that is also a row label (总计, 其他) and has
    // numbers after it is that row.
    while (j < items.length) {
      const next = items[j]!;
      if (next.kind !== "label" || !isHeader(table, next.text)) break;
      if (isRow(table, next.text) && items[j + 1]?.kind === "value") break;
      repeat.push(next);
      j++;
    }
    const later = items.slice(j).find((it): it is TextItem => it.kind !== "value");
    const seen = new Set(s.rows.map((r) => r.label?.text));
    if (block && isHeader(table, item.text, block) && later && !seen.has(later.text) && isRow(table, later.text, block)) {
      s.rows.push({ values: [], line: item.line, repeat });
      row = undefined;
      i = j - 1;
      continue;
    }
    open().header.push(item);
  }
  return segments;
}

/** The template block a segment is: its whole caption's, else the one its labels fit best. */
export function resolveBlock(table: CompiledTable, seg: Segment, used: ReadonlySet<CompiledBlock>): CompiledBlock | undefined {
  if (seg.caption?.kind === "label") return matchOf(table.captionIndex, seg.caption.text)[0]?.item;
  let best: CompiledBlock | undefined;
  let bestScore = 0;
  let bestUsed = true;
  for (const b of table.blocks) {
    let score = 0;
    for (const h of seg.header) if (isHeader(table, h.text, b)) score++;
    for (const r of seg.rows) if (r.label && isRow(table, r.label.text, b)) score++;
    if (table.blocks.length === 1 && seg.rows.length && !hasRowLabels(b)) score++;
    if (score === 0) continue;
    const isUsed = used.has(b);
    if (!best || (bestUsed && !isUsed) || (isUsed === bestUsed && score > bestScore)) {
      best = b;
      bestScore = score;
      bestUsed = isUsed;
    }
  }
  return best;
}

/** Whether the block's rows carry labels (a label column), unlike table 四's one row of numbers. */
export function hasRowLabels(block: CompiledBlock): boolean {
  return block.rows.some((r) => r.label);
}
