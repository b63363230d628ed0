import type { BoundReport, BoundTable } from "../bind/types.ts";
import { numericValue } from "../bind/values.ts";
import { cellName } from "../bind/names.ts";
import type { Place } from "../model/document.ts";
import type { CompiledBlock, Profile } from "../profiles/load.ts";
import type { Localized } from "../rules/types.ts";
import { detached } from "../text/detached.ts";
import type { LineIndex } from "../text/line-index.ts";
import type { CrossYearRuleId } from "./rules.ts";

/** Where something is, already in lines and columns: facts travel between files, threads and caches without their documents. */
export interface FactPlace {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Word's place, for inputs whose lines mean nothing to a reader. */
  place?: Place;
}

export interface FactCell extends FactPlace {
  value: number;
  /** 行标签·列标签, as the report prints it. */
  name: Localized;
}

/** What one report contributes to the cross-year checks: plain data, serialisable (JSON, structured clone). */
export interface YearFacts {
  /** The issuing body, folded (NFKC, no spaces) so that two spellings of one name group together. */
  issuer: string;
  issuerText: string;
  year: number;
  /** Where the year is stated: duplicate reports are reported there. */
  anchor: FactPlace;
  /**
   * The figures the checks compare, packed, because a bulk run keeps every report's facts until its
   * end and sends them between threads. `keys[i]` says what figure i is: `carriedIn.<column>` and
   * `carriedOut.<column>` (table 三 二、上年结转 and 四、结转下年度继续办理), `inForce.<row>.<issued|repealed|valid>`
   * (table 二 (一), only where the template has 现行有效件数); `names[i]` how the report names its
   * cell. Both arrays are the same for every report of a template (and shared, within a thread).
   * `figures` holds FIGURE_STRIDE numbers per figure, written out and joined by commas (a third of
   * the memory of an array of numbers): value, line, column, endLine, endColumn; line 0 where the
   * report has no number in that cell. Read them with `factCells`.
   */
  keys: readonly string[];
  names: readonly string[];
  figures: string;
  /** Per figure its Word place, for a .docx (absent for other inputs). */
  places?: readonly (Place | null)[];
  /** The severity each cross-year rule has for this file (0 off): configuration is per file. */
  severity: Record<CrossYearRuleId, 0 | 1 | 2>;
}

/** Numbers per figure in YearFacts.figures. */
export const FIGURE_STRIDE = 5;

/** The figures of a report by key, unpacked; a key the report has no number for is absent. */
export function factCells(facts: YearFacts): Map<string, FactCell> {
  const numbers = facts.figures.split(",").map(Number);
  const cells = new Map<string, FactCell>();
  facts.keys.forEach((key, i) => {
    const [value, line, column, endLine, endColumn] = numbers.slice(i * FIGURE_STRIDE, (i + 1) * FIGURE_STRIDE) as [number, number, number, number, number];
    if (line === 0) return;
    const name = facts.names[i]!;
    const place = facts.places?.[i];
    cells.set(key, { value, name: { zh: name, en: name }, line, column, endLine, endColumn, ...(place ? { place } : {}) });
  });
  return cells;
}

/**
 * The keys both built-in profiles use (T3 carried_in / carried_out, T2 art20_1 issued / repealed /
 * valid). A custom profile that names them otherwise simply contributes no facts for that table.
 */
const T3 = { table: "T3", block: "main", carriedIn: "carried_in", carriedOut: "carried_out" };
const T2 = { table: "T2", block: "art20_1", columns: ["issued", "repealed", "valid"] as const };

/** Which cell each figure of a template is. */
interface Layout {
  keys: string[];
  names: string[];
  cells: { table: string; block: string; row: string; column: string }[];
}

// One layout per template, so that every report of it shares `keys` and `names`.
const layouts = new WeakMap<Profile, Layout>();

function layoutOf(profile: Profile): Layout {
  let layout = layouts.get(profile);
  if (layout) return layout;
  const made: Layout = { keys: [], names: [], cells: [] };
  const add = (key: string, table: string, block: CompiledBlock, row: string, column: string): void => {
    const rowDef = block.rows.find((r) => r.key === row);
    const columnDef = block.columns.find((c) => c.key === column);
    if (!rowDef || !columnDef) return;
    made.keys.push(key);
    made.names.push(cellName(block, rowDef, columnDef));
    made.cells.push({ table, block: block.def.key, row, column });
  };
  const blockOf = (table: string, block: string): CompiledBlock | undefined => profile.tables.find((t) => t.def.id === table)?.blocks.find((b) => b.def.key === block);
  const t3Block = blockOf(T3.table, T3.block);
  if (t3Block) {
    for (const c of t3Block.columns) add(`carriedIn.${c.key}`, T3.table, t3Block, T3.carriedIn, c.key);
    for (const c of t3Block.columns) add(`carriedOut.${c.key}`, T3.table, t3Block, T3.carriedOut, c.key);
  }
  const t2Block = blockOf(T2.table, T2.block);
  if (t2Block && T2.columns.every((key) => t2Block.columns.some((c) => c.key === key))) {
    for (const r of t2Block.rows) for (const c of T2.columns) add(`inForce.${r.key}.${c}`, T2.table, t2Block, r.key, c);
  }
  layouts.set(profile, (layout = made));
  return layout;
}

/** The cross-year facts of a bound report, or undefined when its issuer or year is unknown (it cannot be paired). */
export function yearFacts(report: BoundReport, lines: LineIndex, severity: YearFacts["severity"]): YearFacts | undefined {
  const { metadata, document } = report;
  const year = metadata.year ?? metadata.titleYear ?? (metadata.period ? { value: metadata.period.value.to, range: metadata.period.range } : undefined);
  if (!metadata.issuer || !year) return undefined;
  const placeOf = (start: number, end: number): FactPlace => {
    const a = lines.locate(start);
    const b = lines.locate(Math.max(start, end));
    const place = document.place?.(start);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, ...(place ? { place } : {}) };
  };
  const table = (id: string): BoundTable | undefined => report.tables.find((t) => t.def.def.id === id);
  const bound = { [T3.table]: table(T3.table), [T2.table]: table(T2.table) };
  const layout = layoutOf(report.profile);

  const figures: number[] = [];
  const places: (Place | null)[] = [];
  for (const at of layout.cells) {
    const block = bound[at.table]?.blocks.find((b) => b.def.def.key === at.block);
    const cell = block?.rows.find((r) => r.def.key === at.row)?.cells.get(at.column);
    const value = cell && numericValue(cell.value); // text in a cell is cell-value's finding, not a figure to compare
    if (!cell || value === undefined) {
      figures.push(0, 0, 0, 0, 0);
      places.push(null);
      continue;
    }
    const p = placeOf(cell.cell.contentRange.start, cell.cell.contentRange.end);
    figures.push(value, p.line, p.column, p.endLine, p.endColumn);
    places.push(p.place ?? null);
  }
  // Copies: a slice of the report would keep the whole text alive for as long as the facts.
  const issuerText = detached(metadata.issuer.value);
  const issuer = normalizeIssuer(issuerText);
  return {
    issuer: issuer === issuerText ? issuerText : issuer,
    issuerText,
    year: year.value,
    anchor: placeOf(year.range.start, year.range.end),
    keys: layout.keys,
    names: layout.names,
    figures: figures.join(","),
    ...(places.some((p) => p !== null) ? { places } : {}),
    severity,
  };
}

/** NFKC, no white space, no quotation marks: 淮安市 人民政府 and 淮安市人民政府 are one issuer. */
export function normalizeIssuer(name: string): string {
  return name.normalize("NFKC").replace(/[\s"'“”‘’「」]/gu, "");
}
