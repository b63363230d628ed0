import { bodyOf, fold } from "../labels/normalize.ts";
import type { AdapterProblem, Block, SourceRange, TableBlock, TableCell, TableRow } from "../model/document.ts";
import type { CompiledBlock, CompiledTable } from "../profiles/load.ts";
import type { RowDef } from "../profiles/types.ts";
import { emptyCell, labelCell, paragraphOf, partCell, rowOf, spanOf, valueCell } from "./text-cells.ts";
import type { Assembly, Piece } from "./text-labels.ts";
import type { Token } from "./text-lines.ts";
import { cutSegments, hasRowLabels, resolveBlock, type Item, type RowDraft, type Segment, type TextItem, type ValueItem } from "./text-segments.ts";
import { MAX_SPLIT_DIGITS, describeSplit, rowArithmetic, splitJoined } from "./text-split.ts";
import { SPLIT_MESSAGES, type Localized } from "./text-split-messages.ts";
import { matchOf, type TemplateTable } from "./text-templates.ts";

export class RegionBuilder {
  private readonly table: CompiledTable;
  private readonly problems: AdapterProblem[] = [];

  constructor(
    private readonly template: TemplateTable,
    private readonly masked: string,
  ) {
    this.table = template.table;
  }

  build(assembly: Assembly, values: { token: Token; seq: number }[]): { blocks: Block[]; problems: AdapterProblem[] } {
    const items: Item[] = [];
    for (const piece of assembly.pieces) items.push(this.textItem(piece));
    for (const f of assembly.unknown) items.push(this.textItem({ fragments: [f], text: f.token.text, fit: "prefix" }, true));
    for (const { token, seq } of values) items.push({ kind: "value", seq, token, cell: valueCell(token) });
    items.sort((a, b) => a.seq - b.seq);

    const blocks: Block[] = [];
    const used = new Set<CompiledBlock>();
    for (const segment of cutSegments(this.table, items)) {
      const block = resolveBlock(this.table, segment, used);
      if (block) used.add(block);
      if (segment.caption && (segment.caption.kind === "text" || !block)) blocks.push(paragraphOf(segment.caption));
      blocks.push(...segment.notes.map(paragraphOf));
      const table = block ? this.grid(segment, block) : this.rawGrid(segment);
      if (table) blocks.push(table);
    }
    return { blocks, problems: this.problems };
  }

  private textItem(piece: Piece, unknown = false): TextItem {
    const first = piece.fragments[0]!;
    const cell = labelCell(piece.fragments, piece.text, this.masked);
    const base = { seq: first.seq, text: piece.text, cell, line: first.token.line, fragments: piece.fragments };
    if (!unknown && piece.fit === "complete") return { kind: "label", ...base };
    return { kind: "text", ...base, captionPrefix: !unknown && this.template.captions.fit(piece.text) === "prefix" };
  }

  private grid(seg: Segment, block: CompiledBlock): TableBlock | undefined {
    const rows: TableRow[] = [];
    const labelled = hasRowLabels(block);
    const L = labelled ? 1 : 0;
    const N = block.columns.length;
    const anchor = firstStart(seg);
    if (seg.caption?.kind === "label") rows.push(rowOf([seg.caption.cell]));
    for (const cells of this.header(block, seg.header, anchor)) rows.push(rowOf(cells));
    const trailing: TableRow[] = [];
    for (const draft of orderGroups(block, seg.rows)) {
      if (draft.repeat) {
        const at = draft.repeat[0]?.cell.range.start ?? anchor;
        rows.push(rowOf([...Array.from({ length: L }, () => emptyCell(at)), ...draft.repeat.map((r) => r.cell)]));
        continue;
      }
      const label = draft.label;
      if (!labelled) {
        // Table 四: rows by position, N numbers each. Text here is no row of the template.
        if (label) trailing.push(rowOf([label.cell, ...draft.values.map((v) => v.cell)]));
        else {
          for (let k = 0; k < draft.values.length; k += N) {
            const row = this.valueRow([], draft.values.slice(k, k + N), block, undefined, N);
            if (row) rows.push(row);
          }
        }
        continue;
      }
      const def = label ? matchOf(block.rowIndex, label.text)[0]?.item : undefined;
      const labelCells = [label ? label.cell : emptyCell(draft.values[0]?.cell.range.start ?? anchor)];
      if (def?.group && draft.values.length === 0) {
        const at = label!.cell.range.end;
        rows.push(rowOf([...labelCells, ...Array.from({ length: N }, () => emptyCell(at))]));
        continue;
      }
      const row = this.valueRow(labelCells, draft.values, block, def, N, label?.text);
      if (row) rows.push(row);
    }
    rows.push(...trailing);
    if (rows.length === 0) return undefined;
    return { kind: "table", rows, range: spanOf(rows.map((r) => r.range)) };
  }

  /**
   * A data row; a row with fewer numbers than cells is tried as numbers written together. Undefined
   * for a row without a label whose numbers could not be read: nothing of it is left to bind.
   */
  private valueRow(labelCells: TableCell[], written: ValueItem[], block: CompiledBlock, def: RowDef | undefined, cells: number, labelText?: string): TableRow | undefined {
    const values = withoutPadding(written, cells);
    const valueCells = values.map((v) => v.cell);
    const filled = values.filter((v) => v.token.text !== "");
    if (filled.length === 0 || values.length >= cells) return rowOf([...labelCells, ...valueCells]);
    const tokens = values.map((v) => ({ text: v.token.text, start: v.token.start }));
    const check = rowArithmetic(block, def);
    const result = splitJoined(tokens, cells, check);
    const by = check.relations ? "sum" : "digits";
    // Cells of a `|` or tab-separated line stand where they are written: a short row lacks its last cells.
    if (!result && values.every((v) => v.token.piped)) return rowOf([...labelCells, ...valueCells]);
    const range = spanOf(values.map((v) => v.cell.range));
    const text = values.map((v) => v.token.text).join(" ");
    const rowName = labelText ?? block.def.caption ?? this.table.def.title.zh;
    const data = { text, row: rowName, cells: String(cells), count: String(values.length) };
    switch (result?.kind) {
      case undefined:
        // Too few digits to be numbers written together: cells are missing, and nothing says which.
        this.problem("short-row", SPLIT_MESSAGES["short-row"], data, range);
        break;
      case "unique":
        this.problem("split-numbers", SPLIT_MESSAGES["split-numbers"][by], { ...data, split: describeSplit(result.parts) }, range);
        return rowOf([...labelCells, ...result.parts.map(partCell)]);
      case "ambiguous": {
        const candidates = result.candidates.map(describeSplit).join("；") + (result.more ? "……" : "");
        this.problem("ambiguous-split", SPLIT_MESSAGES["ambiguous-split"][by], { ...data, candidates }, range);
        break;
      }
      case "none":
        this.problem("unsplit-numbers", SPLIT_MESSAGES["unsplit-numbers"], data, range);
        break;
      case "too-long": {
        const digits = String(tokens.reduce((n, t) => n + t.text.replace(/\D/gu, "").length, 0));
        this.problem("split-too-long", SPLIT_MESSAGES["split-too-long"], { ...data, digits, max: String(MAX_SPLIT_DIGITS) }, range);
        break;
      }
    }
    // No split is used, and the numbers cannot be placed as written: the row keeps its label and no
    // cell, and the binder says which cells are missing. A row without a label keeps nothing.
    if (!labelCells.some((c) => c.text)) return undefined;
    const row = rowOf(labelCells);
    return { ...row, range: spanOf([row.range, range]) };
  }

  private problem(messageId: keyof typeof SPLIT_MESSAGES, message: Localized, data: Record<string, string>, range: SourceRange): void {
    this.problems.push({ messageId, severity: 1, message: { ...message }, data, range });
  }

  /**
   * The header in template layout: each label found goes to the first free place the template has
   * for it (so the k-th 结果维持 is the k-th 结果维持 column). A block without header groups keeps
   * its columns in the order written, with its numbers. Labels with no place are appended.
   */
  private header(block: CompiledBlock, items: TextItem[], anchor: number): TableCell[][] {
    if (items.length === 0) return [];
    const L = hasRowLabels(block) ? 1 : 0;
    const grouped = block.columns.some((c) => c.groups?.length);
    const depth = 1 + Math.max(0, ...block.columns.map((c) => c.groups?.length ?? 0));
    const grid: (TableCell | undefined)[][] = Array.from({ length: depth }, () => []);
    const slots: { row: number; col: number; accepts: (text: string) => boolean; filled?: boolean }[] = [];
    const groupLabels = new Set((block.def.headerGroups ?? []).map((g) => g.label));
    if (L) {
      const notes = block.def.notes ?? [];
      const heads = (block.def.labelHeaders ?? []).filter((h) => !groupLabels.has(h));
      const isNote = (text: string): boolean => notes.some((n) => bodyOf(fold(n)) === bodyOf(fold(text)));
      if (notes.length) slots.push({ row: 0, col: 0, accepts: (t) => isNote(t) });
      if (heads.length) slots.push({ row: notes.length ? depth - 1 : 0, col: 0, accepts: (t) => !isNote(t) && matchOf(block.auxiliaryIndex, t).length > 0 });
    }
    for (let d = 0; d < depth - 1; d++) {
      let previous: string | undefined;
      block.columns.forEach((c, j) => {
        const key = c.groups?.[d];
        if (key && key !== previous) {
          const def = block.def.headerGroups?.find((g) => g.key === key);
          slots.push({ row: d, col: L + j, accepts: (t) => matchOf(block.groupIndex, t).some((m) => m.item === def) });
        }
        previous = key;
      });
    }
    const extras: TextItem[] = [];
    if (grouped) {
      block.columns.forEach((c, j) => slots.push({ row: c.groups?.length ?? 0, col: L + j, accepts: (t) => matchOf(block.columnIndex, t).some((m) => m.item === c) }));
    }
    let next = L;
    for (const item of items) {
      const slot = slots.find((s) => !s.filled && s.accepts(item.text));
      if (slot) {
        slot.filled = true;
        grid[slot.row]![slot.col] = item.cell;
      } else if (!grouped && matchOf(block.columnIndex, item.text).length) {
        grid[depth - 1]![next++] = item.cell;
      } else extras.push(item);
    }
    const width = Math.max(L + block.columns.length, next);
    const last = grid[depth - 1]!;
    extras.forEach((item, k) => (last[width + k] = item.cell));
    return grid.map((row) => Array.from({ length: Math.max(width, row.length) }, (_, j) => row[j] ?? emptyCell(anchor)));
  }

  /** A segment that fits no block of the table: its text and numbers as they came, for the binder to report. */
  private rawGrid(seg: Segment): TableBlock | undefined {
    const rows: TableRow[] = [];
    if (seg.header.length) rows.push(rowOf(seg.header.map((h) => h.cell)));
    for (const draft of seg.rows) {
      if (draft.repeat) rows.push(rowOf(draft.repeat.map((r) => r.cell)));
      else rows.push(rowOf([...(draft.label ? [draft.label.cell] : []), ...draft.values.map((v) => v.cell)]));
    }
    if (rows.length === 0) return undefined;
    return { kind: "table", rows, range: spanOf(rows.map((r) => r.range)) };
  }
}

/**
 * Empty cells of a `|` line beyond the row's width are layout: label columns a label spans
 * (`| 一、本年新收… |  |  | 3001 |`) before the numbers, a spanning value cell after them.
 */
function withoutPadding(values: ValueItem[], cells: number): ValueItem[] {
  let from = 0;
  let to = values.length;
  while (to - from > cells && values[from]!.token.text === "") from++;
  while (to - from > cells && values[to - 1]!.token.text === "") to--;
  return values.slice(from, to);
}

/**
 * Group rows (三、本年度办理结果, （三）不予公开) before their first sub-row: a PDF writes them
 * vertically, so their text starts rows after the sub-rows it heads.
 */
function orderGroups(block: CompiledBlock, drafts: RowDraft[]): RowDraft[] {
  const out = [...drafts];
  const defOf = (d: RowDraft): RowDef | undefined => (d.label ? matchOf(block.rowIndex, d.label.text)[0]?.item : undefined);
  const under = (row: RowDef | undefined, group: RowDef): boolean => {
    for (let key = row?.parent; key; key = block.rows.find((r) => r.key === key)?.parent) if (key === group.key) return true;
    return false;
  };
  for (const group of block.rows.filter((r) => r.group)) {
    const at = out.findIndex((d) => defOf(d) === group && d.values.length === 0);
    if (at < 0) continue;
    const first = out.findIndex((d) => under(defOf(d), group));
    if (first < 0 || first > at) continue;
    const [draft] = out.splice(at, 1);
    out.splice(first, 0, draft!);
  }
  return out;
}

function firstStart(seg: Segment): number {
  const starts = [seg.caption?.cell.range.start, ...seg.header.map((h) => h.cell.range.start), ...seg.rows.flatMap((r) => [r.label?.cell.range.start, r.values[0]?.cell.range.start])];
  return Math.min(...starts.filter((s): s is number => s !== undefined));
}
