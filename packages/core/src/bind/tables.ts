import type { LabelMatch } from "../labels/label-index.ts";
import type { Block, HeadingBlock, ParagraphBlock, SourceRange, TableBlock, TableCell } from "../model/document.ts";
import type { CompiledBlock, CompiledTable, Profile } from "../profiles/load.ts";
import type { ColumnDef, RowDef } from "../profiles/types.ts";
import type { SectionBinding } from "./sections.ts";
import type { BoundBlock, BoundColumn, BoundRow, BoundTable, LabelRef, ShapeProblem } from "./types.ts";
import { readCellValue } from "./values.ts";

/** A table row as the binder sees it: a row of a document table, or a caption written as a paragraph. */
interface LogicalRow {
  cells: TableCell[];
  range: SourceRange;
}

/** A document table needs this many cells that carry a template label to be taken for that table. */
const MIN_LABELS = 2;

/** A caption written above its table rather than in it: a paragraph (often bold) or a low heading. */
type CaptionBlock = ParagraphBlock | HeadingBlock;

export function bindTables(blocks: Block[], profile: Profile, sections: SectionBinding): BoundTable[] {
  const sources = new Map<CompiledTable, { table: TableBlock; caption?: CaptionBlock }[]>();
  blocks.forEach((block, i) => {
    if (block.kind !== "table") return;
    const previous = blocks[i - 1];
    const captionParagraph = previous && previous.kind !== "table" ? previous : undefined;
    let best: CompiledTable | undefined;
    let bestScore = 0;
    for (const table of profile.tables) {
      let score = 0;
      for (const row of block.rows) for (const cell of row.cells) if (cell.text && table.labelIndex.match(cell.text).length) score++;
      if (score > bestScore) {
        best = table;
        bestScore = score;
      }
    }
    if (!best || bestScore < MIN_LABELS) return;
    const caption = captionParagraph && best.captionIndex.match(captionParagraph.content.text).length ? captionParagraph : undefined;
    const list = sources.get(best) ?? [];
    list.push({ table: block, ...(caption ? { caption } : {}) });
    sources.set(best, list);
  });

  const sectionOf = new Map<Block, string>();
  for (const s of sections.sections) for (const b of s.blocks) sectionOf.set(b, s.def.key);

  return profile.tables.map((def) => {
    const found = sources.get(def) ?? [];
    const bound = new TableBinder(def).bind(found);
    const first = found[0]?.table;
    const sectionKey = first ? sectionOf.get(first) : undefined;
    return { ...bound, ...(sectionKey ? { sectionKey } : {}) };
  });
}

function paragraphCell(p: CaptionBlock): TableCell {
  return { text: p.content.text.trim(), range: p.range, contentRange: p.range, editRange: p.range, editPadding: "" };
}

interface BlockState {
  bound: BoundBlock;
  anchor: SourceRange;
  phase: "header" | "data" | "skip";
  headerRows: LogicalRow[];
  firstValueColumn?: number;
  /** Columns whose header is reported as unknown: their cells are not reported again one by one. */
  unknownColumns: Set<number>;
  /**
   * Columns whose header repeats the header on their left: one spanning header written out across
   * its span, as HTML-to-Markdown converters do. Maps each to the column it continues.
   */
  spans: Map<number, number>;
  context?: string;
}

class TableBinder {
  private readonly problems: ShapeProblem[] = [];
  private readonly blocks: BoundBlock[];
  private state: BlockState | undefined;

  constructor(private readonly def: CompiledTable) {
    this.blocks = def.blocks.map((b) => ({ def: b, found: false, columns: [], rows: [], groupLabels: [] }));
  }

  bind(found: { table: TableBlock; caption?: CaptionBlock }[]): BoundTable {
    const single = this.blocks.length === 1 && !this.blocks[0]!.def.def.caption;
    found.forEach(({ table, caption }, i) => {
      // A later document table either carries on the block being read (a table split at a page
      // break, its header repeated or not) or starts afresh: another block, or a second copy.
      if (i > 0 && !caption && !this.continues(table)) {
        if (single) {
          this.problems.push({ kind: "duplicate-table", range: table.range });
          return;
        }
        this.finish();
      }
      if (single && !this.state) this.state = this.open(this.blocks[0]!, table.range);
      if (caption) this.row({ cells: [paragraphCell(caption)], range: caption.range });
      for (const row of table.rows) this.row(row);
    });
    this.finish();
    if (found.length) {
      const anchor = found[0]!.table.range;
      for (const b of this.blocks) if (!b.found) this.problems.push({ kind: "missing-block", block: b.def, range: { start: anchor.start, end: anchor.start } });
    }
    return { def: this.def, sources: found.map((f) => f.table), blocks: this.blocks, problems: this.problems };
  }

  private open(bound: BoundBlock, anchor: SourceRange, caption?: LabelRef): BlockState {
    if (bound.found) {
      this.problems.push({ kind: "duplicate-block", block: bound.def, range: anchor });
      return { bound, anchor, phase: "skip", headerRows: [], unknownColumns: new Set(), spans: new Map() };
    }
    bound.found = true;
    if (caption) bound.caption = caption;
    return { bound, anchor, phase: "header", headerRows: [], unknownColumns: new Set(), spans: new Map() };
  }

  private row(row: LogicalRow): void {
    const filled = row.cells.filter((c) => c.text !== "");
    if (filled.length === 0) return;
    const caption = this.captionOf(filled);
    if (caption) {
      this.finish();
      const bound = this.blocks.find((b) => b.def === caption.item)!;
      const cell = filled[0]!;
      this.state = this.open(bound, cell.range, ref(cell, caption));
      return;
    }
    if (!this.state) {
      const guess = this.blockByHeader(row);
      if (!guess) {
        this.problems.push({ kind: "unknown-row", text: filled[0]!.text, range: filled[0]!.contentRange });
        return;
      }
      this.state = this.open(guess, row.range);
    }
    const state = this.state;
    if (state.phase === "skip") return;
    if (state.phase === "header") {
      if (this.isHeader(row, state.bound.def)) {
        state.headerRows.push(row);
        return;
      }
      this.bindColumns(state);
      state.phase = "data";
    } else if (this.isRepeatedHeader(state, row)) {
      return;
    }
    this.bindRow(state, row);
  }

  /**
   * Whether a document table carries on the block being read: the block has had its header and no
   * data yet, or, after any repeated header rows, the table's first labelled row is one of the
   * block's rows not bound yet.
   */
  private continues(table: TableBlock): boolean {
    const state = this.state;
    if (state?.phase === "header" && state.headerRows.length) return true;
    if (!state || state.phase !== "data" || state.firstValueColumn === undefined) return false;
    const block = state.bound.def;
    for (const row of table.rows) {
      if (!row.cells.some((c) => c.text)) continue;
      if (this.isRepeatedHeader(state, row)) continue;
      const leaf = labelCells(row, state.firstValueColumn).at(-1);
      if (!leaf) return false;
      return block.rowIndex.match(leaf.text).some((m) => !state.bound.rows.some((b) => b.def === m.item));
    }
    return false;
  }

  /**
   * A header row met again among the data rows (repeated after a page break): no numbers, nothing
   * in the label columns that names a row, and every other text a header, group or note label.
   */
  private isRepeatedHeader(state: BlockState, row: LogicalRow): boolean {
    const block = state.bound.def;
    const first = state.firstValueColumn;
    if (first === undefined) return false;
    let known = 0;
    for (let j = 0; j < row.cells.length; j++) {
      const text = row.cells[j]!.text;
      if (!text) continue;
      if (readCellValue(text).kind === "number") return false;
      if (j < first && block.rowIndex.match(text).length) return false;
      if (!block.columnIndex.match(text).length && !block.groupIndex.match(text).length && !block.auxiliaryIndex.match(text).length) return false;
      known++;
    }
    return known > 0;
  }

  private captionOf(filled: TableCell[]): LabelMatch<CompiledBlock> | undefined {
    const first = filled[0]!.text;
    if (filled.some((c) => c.text !== first)) return undefined;
    return this.def.captionIndex.match(first)[0];
  }

  private blockByHeader(row: LogicalRow): BoundBlock | undefined {
    let best: BoundBlock | undefined;
    let bestScore = 0;
    for (const b of this.blocks) {
      if (b.found) continue;
      const score = row.cells.filter((c) => c.text && b.def.columnIndex.match(c.text).length).length;
      if (score > bestScore) {
        best = b;
        bestScore = score;
      }
    }
    return best;
  }

  private isHeader(row: LogicalRow, block: CompiledBlock): boolean {
    let known = false;
    for (const cell of row.cells) {
      if (!cell.text) continue;
      if (readCellValue(cell.text).kind === "number") return false;
      if (block.columnIndex.match(cell.text).length || block.groupIndex.match(cell.text).length || block.auxiliaryIndex.match(cell.text).length) known = true;
    }
    return known;
  }

  /**
   * Each column's leaf label is its lowest header text; the texts above it form its path. An empty
   * cell above a leaf takes the nearest header group to its left, which is how Markdown writes a
   * spanning header. Repeated leaves (结果维持 ×3) bind by path, else by position in template order.
   */
  private bindColumns(state: BlockState): void {
    const block = state.bound.def;
    const rows = state.headerRows;
    const width = Math.max(0, ...rows.map((r) => r.cells.length));
    const assigned = new Set<ColumnDef>();
    const unknown: { index: number; cell: TableCell }[] = [];
    let previous: { text: string; path: string; bound?: number } | undefined;
    for (let j = 0; j < width; j++) {
      let leaf: TableCell | undefined;
      const path: string[] = [];
      for (let h = rows.length - 1; h >= 0; h--) {
        const cell = rows[h]!.cells[j];
        if (cell?.text) {
          if (!leaf) leaf = cell;
          else path.unshift(cell.text);
        } else if (leaf) {
          const carried = this.groupToLeft(rows[h]!, j, block);
          if (carried) path.unshift(carried);
        }
      }
      if (!leaf) {
        previous = undefined;
        continue;
      }
      const here = { text: leaf.text, path: path.join("\u0000") };
      if (previous?.bound !== undefined && previous.text === here.text && previous.path === here.path) {
        state.spans.set(j, previous.bound);
        continue;
      }
      previous = here;
      const matches = block.columnIndex.match(leaf.text);
      if (matches.length === 0) {
        if (!block.groupIndex.match(leaf.text).length && !block.auxiliaryIndex.match(leaf.text).length) unknown.push({ index: j, cell: leaf });
        continue;
      }
      const groups = path.flatMap((text) => block.groupIndex.match(text).map((m) => m.item.key));
      const fitting = matches.filter((m) => groups.every((g) => m.item.groups?.includes(g)));
      const pick = (fitting.length ? fitting : matches).find((m) => !assigned.has(m.item));
      if (!pick) {
        unknown.push({ index: j, cell: leaf });
        continue;
      }
      assigned.add(pick.item);
      previous.bound = j;
      state.bound.columns.push({ def: pick.item, index: j, header: ref(leaf, pick) });
    }
    state.bound.columns.sort((a, b) => block.columns.indexOf(a.def) - block.columns.indexOf(b.def));
    if (state.bound.columns.length) state.firstValueColumn = Math.min(...state.bound.columns.map((c) => c.index));
    for (const u of unknown) {
      if (state.firstValueColumn !== undefined && u.index < state.firstValueColumn) continue;
      state.unknownColumns.add(u.index);
      const suggestion = block.columnIndex.suggest(u.cell.text);
      this.problems.push({ kind: "unknown-column", block, text: u.cell.text, ...(suggestion ? { suggestion } : {}), range: u.cell.contentRange });
    }
    const anchor = rows[rows.length - 1]?.range ?? state.anchor;
    for (const column of block.columns) {
      if (!assigned.has(column)) this.problems.push({ kind: "missing-column", block, column, range: anchor });
    }
  }

  private groupToLeft(row: LogicalRow, j: number, block: CompiledBlock): string | undefined {
    for (let k = j - 1; k >= 0; k--) {
      const text = row.cells[k]?.text;
      if (text) return block.groupIndex.match(text).length ? text : undefined;
    }
    return undefined;
  }

  private bindRow(state: BlockState, row: LogicalRow): void {
    const block = state.bound.def;
    const first = state.firstValueColumn;
    if (first === undefined) return;
    const labels = labelCells(row, first);
    const columns = state.bound.columns;

    let def: RowDef | undefined;
    let label: LabelRef | undefined;
    if (block.rows.every((r) => !r.label)) {
      def = block.rows.find((r) => !state.bound.rows.some((b) => b.def === r));
      if (!def) {
        this.problems.push({ kind: "unknown-row", block, text: labels[0]?.text ?? "", range: row.range });
        return;
      }
    } else {
      const leaf = labels[labels.length - 1];
      if (!leaf) {
        // A row with something in it but no label: numbers, a note, a "/" — say so, never drop it.
        if (row.cells.some((c, j) => j >= first && c.text)) this.problems.push({ kind: "unknown-row", block, text: "", range: row.range });
        return;
      }
      for (const prefix of labels.slice(0, -1)) {
        const m = block.rowIndex.match(prefix.text)[0];
        if (!m) {
          const suggestion = block.rowIndex.suggest(prefix.text);
          this.problems.push({ kind: "unknown-row", block, text: prefix.text, ...(suggestion ? { suggestion } : {}), range: prefix.contentRange, group: true });
        } else if (m.item.group) {
          state.context = m.item.key;
          // A spanning cell read from HTML stands in every row it spans: one label, recorded once.
          if (!state.bound.groupLabels.some((g) => g.range.start === prefix.contentRange.start)) state.bound.groupLabels.push(ref(prefix, m));
        }
      }
      const matches = block.rowIndex.match(leaf.text);
      if (matches.length === 0) {
        const suggestion = block.rowIndex.suggest(leaf.text);
        this.problems.push({ kind: "unknown-row", block, text: leaf.text, ...(suggestion ? { suggestion } : {}), range: leaf.contentRange });
        return;
      }
      const inContext = matches.filter((m) => state.context !== undefined && ancestors(block, m.item).includes(state.context));
      const pick = (inContext.length ? inContext : matches).find((m) => !state.bound.rows.some((b) => b.def === m.item)) ?? matches[0]!;
      def = pick.item;
      if (state.bound.rows.some((b) => b.def === def)) {
        this.problems.push({ kind: "duplicate-row", block, row: def, range: leaf.contentRange });
        return;
      }
      label = ref(leaf, pick);
      state.context = def.group ? def.key : def.parent;
    }

    const bound: BoundRow = { def, range: row.range, ...(label ? { label } : {}), cells: new Map(), labelOnly: false };
    let blanks = 0;
    for (const column of columns) {
      const cell = row.cells[column.index];
      if (!cell) {
        this.problems.push({ kind: "missing-cell", block, row: def, column: column.def, range: rowEnd(row) });
        continue;
      }
      const value = readCellValue(cell.text);
      if (value.kind === "blank") blanks++;
      bound.cells.set(column.def.key, { rowKey: def.key, columnKey: column.def.key, cell, value, field: block.field(def, column.def) });
    }
    bound.labelOnly = Boolean(def.group) && blanks === bound.cells.size;
    state.bound.rows.push(bound);
    const used = new Set(columns.map((c: BoundColumn) => c.index));
    row.cells.forEach((cell, j) => {
      if (j < first || used.has(j) || state.unknownColumns.has(j) || !cell.text) return;
      // Under a spanning header, a repeat of the spanned cell is the same value written out again.
      const spanned = state.spans.get(j);
      if (spanned !== undefined && row.cells[spanned]?.text === cell.text) return;
      this.problems.push({ kind: "extra-cell", block, text: cell.text, range: cell.contentRange });
    });
  }

  private finish(): void {
    const state = this.state;
    if (!state || state.phase === "skip") return;
    if (state.phase === "header") this.bindColumns(state);
    const block = state.bound.def;
    if (state.firstValueColumn !== undefined) {
      for (const row of block.rows) {
        if (row.group || state.bound.rows.some((b) => b.def === row)) continue;
        this.problems.push({ kind: "missing-row", block, row, range: state.anchor });
      }
    }
    state.bound.rows.sort((a, b) => block.rows.indexOf(a.def) - block.rows.indexOf(b.def));
    this.state = undefined;
  }
}

function ref(cell: TableCell, match: LabelMatch<unknown>): LabelRef {
  return { text: cell.text, range: cell.contentRange, level: match.level, expected: match.expected };
}

/** The non-empty label cells of a row, left of its first value column. */
function labelCells(row: LogicalRow, firstValueColumn: number): TableCell[] {
  return dedupe(row.cells.slice(0, firstValueColumn).filter((c) => c.text));
}

/** Spanning label cells read from HTML repeat across the span; one label is one label. */
function dedupe(cells: TableCell[]): TableCell[] {
  return cells.filter((c, i) => i === 0 || c.text !== cells[i - 1]!.text);
}

function ancestors(block: CompiledBlock, row: RowDef): string[] {
  const out: string[] = [];
  for (let key = row.parent; key; key = block.rows.find((r) => r.key === key)?.parent) out.push(key);
  return out;
}

function rowEnd(row: LogicalRow): SourceRange {
  return { start: row.range.end, end: row.range.end };
}
