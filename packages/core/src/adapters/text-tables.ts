import { readCellValue } from "../bind/values.ts";
import type { LabelIndex, LabelMatch } from "../labels/label-index.ts";
import { bodyOf, fold, labelKey } from "../labels/normalize.ts";
import type { AdapterProblem, Block, ParagraphBlock, SourceRange, TableBlock, TableCell, TableRow } from "../model/document.ts";
import type { CompiledBlock, CompiledTable, Profile } from "../profiles/load.ts";
import type { RowDef, TableDef } from "../profiles/types.ts";
import type { TextSpan } from "../text/text-content.ts";
import { assemble, isPunctuation, LabelForms, type Assembly, type Fragment, type Piece } from "./text-labels.ts";
import { isBlank, isPipeLine, lineTokens, type TextLine, type Token } from "./text-lines.ts";
import { MAX_SPLIT_DIGITS, describeSplit, rowArithmetic, splitJoined, type SplitPart } from "./text-split.ts";

/**
 * Table alignment for plain text. A copy of a table keeps its labels and numbers in reading order
 * and loses the grid; the grid is rebuilt from the template the labels belong to:
 *
 * 1. the region's text is read into the template's labels (text-labels.ts), for every template
 *    table, and the table whose labels cover most of the text is the one it is;
 * 2. the stream of labels and numbers is cut into blocks at captions (whole, or cut short as web
 *    copies do: `第二十条第`), and at a header met after data rows; a block without a whole caption
 *    is the template block its header and row labels fit, the earliest in template order on a tie;
 * 3. each block becomes a grid in the binder's convention: the header rebuilt in template layout
 *    from the header labels found (a spanning cell's text in its first position, the rest empty),
 *    then one row per row label with the numbers that follow it, up to the next label.
 *
 * Whatever does not fit is kept: unknown text becomes a row or a header cell the binder reports,
 * numbers without a label a row without a label. Nothing is bound by guessing.
 */

export interface TemplateTable {
  table: CompiledTable;
  forms: LabelForms;
  captions: LabelForms;
}

/** The tables of every profile, each template table once (2019 inherits table 四 from 2021). */
export function templateTables(profiles: readonly Profile[]): TemplateTable[] {
  const seen = new Set<TableDef>();
  const out: TemplateTable[] = [];
  for (const profile of profiles) {
    for (const table of profile.tables) {
      if (seen.has(table.def)) continue;
      seen.add(table.def);
      let template = compiled.get(table);
      if (!template) {
        const captions = table.def.blocks.flatMap((b) => (b.caption ? [b.caption, ...(b.captionAliases ?? [])] : []));
        template = { table, forms: new LabelForms(tableLabels(table)), captions: new LabelForms(captions) };
        compiled.set(table, template);
      }
      out.push(template);
    }
  }
  return out;
}

/** Profiles are compiled once per registry; so are their label forms. */
const compiled = new WeakMap<CompiledTable, TemplateTable>();

function tableLabels(table: CompiledTable): string[] {
  const out: string[] = [];
  for (const b of table.def.blocks) {
    if (b.caption) out.push(b.caption, ...(b.captionAliases ?? []));
    out.push(...(b.labelHeaders ?? []), ...(b.notes ?? []));
    for (const g of b.headerGroups ?? []) out.push(g.label, ...(g.aliases ?? []));
    for (const c of b.columns) out.push(c.label, ...(c.aliases ?? []));
    for (const r of b.rows) if (r.label) out.push(r.label, ...(r.aliases ?? []));
  }
  return out;
}

/** Label look-ups, remembered: alignment asks about the same labels many times. */
const matches = new WeakMap<LabelIndex<unknown>, Map<string, LabelMatch<unknown>[]>>();

function matchOf<T>(index: LabelIndex<T>, text: string): LabelMatch<T>[] {
  let memo = matches.get(index as LabelIndex<unknown>);
  if (!memo) matches.set(index as LabelIndex<unknown>, (memo = new Map()));
  let found = memo.get(text);
  if (!found) {
    if (memo.size > 10_000) memo.clear();
    found = index.match(text);
    memo.set(text, found);
  }
  return found as LabelMatch<T>[];
}

/**
 * A number or a blank marker (`/`, `—`, `无`), an empty cell of a `|` line, or short text with a digit
 * in it that is not an enumerator (`约45万`): template labels hold no digits but their numbers, so
 * such text is a cell's value, however badly written, and the rules say what is wrong with it.
 */
function isValueToken(token: Token): boolean {
  const text = token.text;
  if (text === "" || readCellValue(text).kind !== "text") return true;
  return /\d/u.test(text) && labelKey(text).enumerator === "" && fold(text).length <= 16;
}

/**
 * Whether a table may start on this line: its first text is a template label or the beginning of
 * one (at least two characters of it), or, on a `|` line, one of its cells is a whole label.
 */
export function mayStartTable(line: TextLine, templates: readonly TemplateTable[]): boolean {
  const texts = lineTokens(line).filter((t) => !isValueToken(t) && !isPunctuation(t.text));
  const first = texts[0];
  if (!first) return false;
  if (isPipeLine(line)) return texts.some((t) => templates.some((tt) => tt.forms.fit(t.text) === "complete"));
  if (bodyOf(fold(first.text)).length < 2) return false;
  return templates.some((tt) => tt.forms.fit(first.text) !== undefined);
}

export interface TableRegion {
  /** Paragraphs (captions cut short) and tables, in order. */
  blocks: Block[];
  problems: AdapterProblem[];
  /**
   * Index of the last line the tables use. Lines of unknown text after it (a note under the table)
   * are no part of them: the caller reads them as paragraphs.
   */
  lastLine: number;
}

/** Whole labels a region needs to be read as a table. */
const MIN_LABELS = 2;

/**
 * Reads lines as template tables, or returns undefined when they are none: fewer than two whole
 * labels, or more text outside labels than in them. Lines that hold two tables with no title
 * between them (table 三 straight after table 二) are cut where the labels change table.
 */
export function readTableRegion(lines: readonly TextLine[], templates: readonly TemplateTable[], masked: string): TableRegion | undefined {
  const stream = readStream(lines);
  const assemblies = templates.map((template) => ({ template, assembly: assemble(stream.fragments, template.forms) }));
  const runs = splitByTable(lines, assemblies);
  if (runs.length > 1) {
    // Only the last table leaves text after it to the caller; text between two tables stays in the first.
    const parts = runs.map((run, k) => readOne(readStream(run), templates, masked, k < runs.length - 1));
    if (parts.every((p) => p !== undefined)) {
      return { blocks: parts.flatMap((p) => p!.blocks), problems: parts.flatMap((p) => p!.problems), lastLine: parts[parts.length - 1]!.lastLine };
    }
  }
  return readOne(stream, templates, masked, false, assemblies);
}

interface Stream {
  fragments: Fragment[];
  values: { token: Token; seq: number }[];
}

function readStream(lines: readonly TextLine[]): Stream {
  const fragments: Fragment[] = [];
  const values: { token: Token; seq: number }[] = [];
  let seq = 0;
  let row = -1;
  let lastLine = -1;
  for (const line of lines) {
    if (isBlank(line)) continue;
    for (const token of lineTokens(line)) {
      if (token.line !== lastLine) {
        row++;
        lastLine = token.line;
      }
      if (isValueToken(token)) values.push({ token, seq: seq++ });
      else fragments.push({ token, seq: seq++, row });
    }
  }
  return { fragments, values };
}

function readOne(
  stream: Stream,
  templates: readonly TemplateTable[],
  masked: string,
  keepTrailing: boolean,
  assemblies = templates.map((template) => ({ template, assembly: assemble(stream.fragments, template.forms) })),
): TableRegion | undefined {
  let best: { template: TemplateTable; assembly: Assembly; score: number } | undefined;
  for (const { template, assembly } of assemblies) {
    const whole = assembly.pieces.filter((p) => p.fit === "complete");
    if (whole.length < MIN_LABELS) continue;
    const score = whole.reduce((n, p) => n + bodyOf(fold(p.text)).length, 0);
    if (score <= assembly.cost) continue;
    if (!best || score > best.score) best = { template, assembly, score };
  }
  if (!best) return undefined;
  const { assembly } = best;
  const used = [...stream.values.map((v) => v.token.line), ...assembly.pieces.flatMap((p) => p.fragments.map((f) => f.token.line))];
  if (keepTrailing) used.push(...assembly.unknown.map((f) => f.token.line));
  const lastLine = Math.max(...used);
  const trimmed = { ...assembly, unknown: assembly.unknown.filter((f) => f.token.line <= lastLine) };
  return { ...new RegionBuilder(best.template, masked).build(trimmed, stream.values), lastLine };
}

/**
 * Cuts lines where whole labels start to belong to another table (table 二, 三, 四: the 2019 and
 * 2021 versions of a table are one table here). A line whose labels belong to several tables stays
 * with the table before it.
 */
function splitByTable(lines: readonly TextLine[], assemblies: { template: TemplateTable; assembly: Assembly }[]): TextLine[][] {
  const claims = new Map<number, string[]>();
  for (const { template, assembly } of assemblies) {
    for (const piece of assembly.pieces) {
      if (piece.fit !== "complete") continue;
      const line = piece.fragments[0]!.token.line;
      const list = claims.get(line) ?? [];
      if (!list.includes(template.table.def.id)) list.push(template.table.def.id);
      claims.set(line, list);
    }
  }
  const runs: TextLine[][] = [];
  let current: string | undefined;
  for (const line of lines) {
    const tables = claims.get(line.index);
    if (tables?.length && (current === undefined || !tables.includes(current))) {
      if (current !== undefined) runs.push([]);
      current = tables[0];
    }
    if (!runs.length) runs.push([]);
    runs[runs.length - 1]!.push(line);
  }
  return runs;
}

type Item =
  | { kind: "label"; seq: number; text: string; cell: TableCell; line: number; fragments: Fragment[] }
  | { kind: "text"; seq: number; text: string; cell: TableCell; line: number; fragments: Fragment[]; captionPrefix: boolean }
  | { kind: "value"; seq: number; token: Token; cell: TableCell };

type TextItem = Extract<Item, { kind: "label" | "text" }>;
type ValueItem = Extract<Item, { kind: "value" }>;

interface RowDraft {
  label?: TextItem;
  values: ValueItem[];
  /** Line of the label, or of the first value: a `|` line's values stay on its row. */
  line: number;
  /** Header labels met again among the data rows (a header repeated after a page break). */
  repeat?: TextItem[];
}

interface Segment {
  caption?: TextItem;
  header: TextItem[];
  rows: RowDraft[];
  phase: "header" | "data";
  /** Notes such as 单位：件 written with the table: text beside it, not cells of it. */
  notes: TextItem[];
}

/** A unit note (`单位：件`, `计量单位：万元`): about the table, not a cell of it. */
const UNIT_NOTE = /^(?:计量)?单位\s*[:：]/u;

type Localized = { zh: string; en: string };

/** What the adapter says about numbers written together; `sum` when the row's arithmetic chose the split. */
const SPLIT_MESSAGES: Record<"split-numbers" | "ambiguous-split", { sum: Localized; digits: Localized }> & Record<"unsplit-numbers" | "split-too-long" | "short-row", Localized> = {
  "split-numbers": {
    sum: {
      zh: "“{{text}}”是连在一起写的几个数（{{row}}，共{{cells}}个单元格）。只有一种拆分能使本行的加总关系成立：{{split}}，已按此读取。请核对，并在原文中把各数分开。",
      en: '"{{text}}" is several numbers written together ({{row}}, {{cells}} cells). Only one split makes the row add up: {{split}}; it was read that way. Check it, and separate the numbers in the source.',
    },
    digits: {
      zh: "“{{text}}”是连在一起写的几个数（{{row}}，共{{cells}}个单元格）。只有一种拆分能让每个单元格各得一个数：{{split}}，已按此读取。请核对，并在原文中把各数分开。",
      en: '"{{text}}" is several numbers written together ({{row}}, {{cells}} cells). Only one split gives each cell a number: {{split}}; it was read that way. Check it, and separate the numbers in the source.',
    },
  },
  "ambiguous-split": {
    sum: {
      zh: "“{{text}}”是连在一起写的几个数（{{row}}，共{{cells}}个单元格），有不止一种拆分能使本行的加总关系成立：{{candidates}}。无法确定是哪一种，均未采用，本行的数未读取。请在原文中把各数分开。",
      en: '"{{text}}" is several numbers written together ({{row}}, {{cells}} cells), and more than one split makes the row add up: {{candidates}}. None was used, and the row\'s numbers were not read. Separate the numbers in the source.',
    },
    digits: {
      zh: "“{{text}}”是连在一起写的几个数（{{row}}，共{{cells}}个单元格），可以有不止一种拆分：{{candidates}}。无法确定是哪一种，均未采用，本行的数未读取。请在原文中把各数分开。",
      en: '"{{text}}" is several numbers written together ({{row}}, {{cells}} cells), and they split more than one way: {{candidates}}. None was used, and the row\'s numbers were not read. Separate the numbers in the source.',
    },
  },
  "unsplit-numbers": {
    zh: "{{row}}写了{{count}}个数“{{text}}”，而该行有{{cells}}个单元格；把其中的数字拆开，没有一种拆法能使本行的加总关系成立。无法确定各数属于哪一格，本行的数未读取。请核对是否漏填或连写，并在原文中把各数分开。",
    en: '{{row}} has {{count}} numbers, "{{text}}", for {{cells}} cells, and no split of their digits makes the row add up. Which number belongs in which cell cannot be told, so the row\'s numbers were not read. Check for a missing number or numbers written together, and separate them in the source.',
  },
  "short-row": {
    zh: "{{row}}写了{{count}}个数“{{text}}”，而该行有{{cells}}个单元格：有单元格没有数，但看不出是哪几格，本行的数未读取。请补全该行（无数据填 0）。",
    en: '{{row}} has {{count}} numbers, "{{text}}", for {{cells}} cells: some cells have no number, and which ones cannot be told, so the row\'s numbers were not read. Complete the row (0 where there is nothing to report).',
  },
  "split-too-long": {
    zh: "{{row}}写了{{count}}个数“{{text}}”，而该行有{{cells}}个单元格；数字太多（{{digits}}位），拆法太多，未尝试拆分，本行的数未读取。请在原文中把各数分开。",
    en: '{{row}} has {{count}} numbers, "{{text}}", for {{cells}} cells; with {{digits}} digits there are too many ways to split them, so none was tried and the row\'s numbers were not read. Separate the numbers in the source.',
  },
};

class RegionBuilder {
  private readonly table: CompiledTable;
  private readonly problems: AdapterProblem[] = [];

  constructor(
    private readonly template: TemplateTable,
    private readonly masked: string,
  ) {
    this.table = template.table;
  }

  build(assembly: Assembly, values: { token: Token; seq: number }[]): Omit<TableRegion, "lastLine"> {
    const items: Item[] = [];
    for (const piece of assembly.pieces) items.push(this.textItem(piece));
    for (const f of assembly.unknown) items.push(this.textItem({ fragments: [f], text: f.token.text, fit: "prefix" }, true));
    for (const { token, seq } of values) items.push({ kind: "value", seq, token, cell: valueCell(token) });
    items.sort((a, b) => a.seq - b.seq);

    const blocks: Block[] = [];
    const used = new Set<CompiledBlock>();
    for (const segment of this.segments(items)) {
      const block = this.resolve(segment, used);
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

  // ---- cutting the stream into blocks -------------------------------------------------------

  private isCaption(item: TextItem): boolean {
    return item.kind === "label" ? matchOf(this.table.captionIndex, item.text).length > 0 : item.captionPrefix;
  }

  private isHeader(text: string, block?: CompiledBlock): boolean {
    const blocks = block ? [block] : this.table.blocks;
    return blocks.some((b) => matchOf(b.columnIndex, text).length > 0 || matchOf(b.groupIndex, text).length > 0 || matchOf(b.auxiliaryIndex, text).length > 0);
  }

  private isRow(text: string, block?: CompiledBlock): boolean {
    const blocks = block ? [block] : this.table.blocks;
    return blocks.some((b) => matchOf(b.rowIndex, text).length > 0);
  }

  private segments(items: Item[]): Segment[] {
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
      if (this.isCaption(item)) {
        open(item);
        continue;
      }
      const s = seg ?? open();
      if (item.kind === "text" && UNIT_NOTE.test(item.text)) {
        s.notes.push(item);
        continue;
      }
      const header = item.kind === "label" && this.isHeader(item.text);
      const rowLabel = item.kind === "label" && this.isRow(item.text);
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
      const block = this.resolve(s, new Set());
      const repeat: TextItem[] = [];
      let j = i;
      // Header labels up to the next number; one that is also a row label (总计, 其他) and has
      // numbers after it is that row.
      while (j < items.length) {
        const next = items[j]!;
        if (next.kind !== "label" || !this.isHeader(next.text)) break;
        if (this.isRow(next.text) && items[j + 1]?.kind === "value") break;
        repeat.push(next);
        j++;
      }
      const later = items.slice(j).find((it): it is TextItem => it.kind !== "value");
      const seen = new Set(s.rows.map((r) => r.label?.text));
      if (block && this.isHeader(item.text, block) && later && !seen.has(later.text) && this.isRow(later.text, block)) {
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
  private resolve(seg: Segment, used: ReadonlySet<CompiledBlock>): CompiledBlock | undefined {
    if (seg.caption?.kind === "label") return matchOf(this.table.captionIndex, seg.caption.text)[0]?.item;
    let best: CompiledBlock | undefined;
    let bestScore = 0;
    let bestUsed = true;
    for (const b of this.table.blocks) {
      let score = 0;
      for (const h of seg.header) if (this.isHeader(h.text, b)) score++;
      for (const r of seg.rows) if (r.label && this.isRow(r.label.text, b)) score++;
      if (this.table.blocks.length === 1 && seg.rows.length && !hasRowLabels(b)) score++;
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

  // ---- building grids -------------------------------------------------------------------------

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

/** Whether the block's rows carry labels (a label column), unlike table 四's one row of numbers. */
function hasRowLabels(block: CompiledBlock): boolean {
  return block.rows.some((r) => r.label);
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

function rowOf(cells: TableCell[]): TableRow {
  const filled = cells.filter((c) => c.text !== "" || c.range.end > c.range.start);
  return { cells, range: spanOf((filled.length ? filled : cells).map((c) => c.range)) };
}

function spanOf(ranges: SourceRange[]): SourceRange {
  return { start: Math.min(...ranges.map((r) => r.start)), end: Math.max(...ranges.map((r) => r.end)) };
}

function emptyCell(at: number): TableCell {
  const r = { start: at, end: at };
  return { text: "", range: r, contentRange: r, editRange: r, editPadding: " " };
}

function valueCell(token: Token): TableCell {
  const range = { start: token.start, end: token.end };
  if (token.text === "" && token.inner) return { text: "", range: token.inner, contentRange: range, editRange: token.inner, editPadding: " " };
  return { text: token.text, range: token.inner ?? range, contentRange: range, editRange: range, editPadding: "" };
}

function partCell(part: SplitPart): TableCell {
  const range = { start: part.start, end: part.end };
  return { text: part.text, range, contentRange: range, editRange: range, editPadding: "" };
}

/**
 * A label read from one or more fragments. Its range runs from the first fragment to the last. When
 * only white space lies between them (`商业` / `企业`), so does its content range; when other cells
 * are written between them (a PDF's vertical label), the content range is the first fragment, so
 * that a suggested replacement never swallows the cells in between.
 */
function labelCell(fragments: Fragment[], text: string, masked: string): TableCell {
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
function paragraphOf(item: TextItem): ParagraphBlock {
  const spans: TextSpan[] = [];
  let at = 0;
  for (const f of item.fragments) {
    spans.push({ at, source: f.token.start });
    at += f.token.text.length;
  }
  return { kind: "paragraph", content: { text: item.text, spans }, range: item.cell.range };
}
