import type { BoundReport, BoundTable } from "../bind/types.ts";
import { numericValue } from "../bind/values.ts";
import { cellName } from "../bind/names.ts";
import type { Place } from "../model/document.ts";
import type { Localized } from "../rules/types.ts";
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

/** What one report contributes to the cross-year checks: plain data, serialisable. */
export interface YearFacts {
  /** The issuing body, folded (NFKC, no spaces) so that two spellings of one name group together. */
  issuer: string;
  issuerText: string;
  year: number;
  /** Where the year is stated: duplicate reports are reported there. */
  anchor: FactPlace;
  /** Table 三 二、上年结转 and 四、结转下年度继续办理, by column key (natural … total). */
  carriedIn: Record<string, FactCell>;
  carriedOut: Record<string, FactCell>;
  /** Table 二 (一) per row (regulations, normative): present only where the template has 现行有效件数 (2021 format). */
  inForce: Record<string, { issued?: FactCell; repealed?: FactCell; valid?: FactCell }>;
  /** The severity each cross-year rule has for this file (0 off): configuration is per file. */
  severity: Record<CrossYearRuleId, 0 | 1 | 2>;
}

/**
 * The keys both built-in profiles use (T3 carried_in / carried_out, T2 art20_1 issued / repealed /
 * valid). A custom profile that names them otherwise simply contributes no facts for that table.
 */
const T3 = { table: "T3", block: "main", carriedIn: "carried_in", carriedOut: "carried_out" };
const T2 = { table: "T2", block: "art20_1", columns: ["issued", "repealed", "valid"] as const };

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
  const cellsOf = (table: BoundTable | undefined, blockKey: string, rowKey: string): Map<string, FactCell> => {
    const out = new Map<string, FactCell>();
    const block = table?.blocks.find((b) => b.def.def.key === blockKey);
    const row = block?.rows.find((r) => r.def.key === rowKey);
    if (!block || !row) return out;
    for (const [columnKey, cell] of row.cells) {
      const value = numericValue(cell.value);
      if (value === undefined) continue; // text in a cell is cell-value's finding, not a figure to compare
      const column = block.columns.find((c) => c.def.key === columnKey)?.def;
      const name = column ? cellName(block.def, row.def, column) : `${rowKey}·${columnKey}`;
      const range = cell.cell.contentRange;
      out.set(columnKey, { value, name: { zh: name, en: name }, ...placeOf(range.start, range.end) });
    }
    return out;
  };
  const table = (id: string): BoundTable | undefined => report.tables.find((t) => t.def.def.id === id);
  const t3 = table(T3.table);
  const t2 = table(T2.table);
  const inForce: YearFacts["inForce"] = {};
  const t2Block = t2?.blocks.find((b) => b.def.def.key === T2.block);
  if (t2Block && T2.columns.every((key) => t2Block.def.columns.some((c) => c.key === key))) {
    for (const row of t2Block.def.rows) {
      const cells = cellsOf(t2, T2.block, row.key);
      const entry: YearFacts["inForce"][string] = {};
      for (const key of T2.columns) {
        const cell = cells.get(key);
        if (cell) entry[key] = cell;
      }
      if (Object.keys(entry).length > 0) inForce[row.key] = entry;
    }
  }
  return {
    issuer: normalizeIssuer(metadata.issuer.value),
    issuerText: metadata.issuer.value,
    year: year.value,
    anchor: placeOf(year.range.start, year.range.end),
    carriedIn: Object.fromEntries(cellsOf(t3, T3.block, T3.carriedIn)),
    carriedOut: Object.fromEntries(cellsOf(t3, T3.block, T3.carriedOut)),
    inForce,
    severity,
  };
}

/** NFKC, no white space, no quotation marks: 淮安市 人民政府 and 淮安市人民政府 are one issuer. */
export function normalizeIssuer(name: string): string {
  return name.normalize("NFKC").replace(/[\s"'“”‘’「」]/gu, "");
}
