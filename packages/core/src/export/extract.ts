import type { BoundReport } from "../bind/types.ts";

/** The numbers of a report's tables as bound to its profile: what `reportlint extract` writes. */
export interface ExtractedReport {
  /** The profile the tables were bound to. */
  profile: string;
  /** Every table of the profile, in template order, found in the report or not. */
  tables: ExtractedTable[];
}

export interface ExtractedTable {
  /** The template table's id (T2, T3, T4). */
  id: string;
  /** Its title in Chinese, as the template names it. */
  title: string;
  rows: ExtractedRow[];
}

export interface ExtractedRow {
  /**
   * The template row's key. Unique within the table: the built-in profiles never repeat a row key
   * across the blocks of a table, and should a custom profile do so, the key is written `block.row`.
   */
  key: string;
  /** The template's label of the row; empty for a row the template gives no label (table 四). */
  label: string;
  /** One value per column of the row's block, in template column order. */
  cells: (number | null)[];
}

/**
 * The report's table data, shaped by the template rather than by how the report laid its tables out:
 *
 * - every table of the profile, every block of a table in template order (table 二's blocks follow
 *   one another), and every row of a block in template order, except group rows (三、本年度办理结果,
 *   （三）不予公开 …): they head sub-rows, and numbers on them are an optional subtotal that most
 *   reports leave blank, so a spreadsheet gets the same rows from every report;
 * - `cells` in the template's column order of the row's block; a number as a number (3,001 is 3001,
 *   a unit written in the cell is dropped), anything else as `null`: a blank cell (empty, /, —, 无),
 *   a cell holding text that is not a number, a cell the document does not have, and every cell of
 *   a row or table the document does not have. Telling these apart is what linting is for.
 *
 * Pure: reads the bound report, nothing else.
 */
export function extractTables(report: BoundReport): ExtractedReport {
  return {
    profile: report.profile.id,
    tables: report.tables.map((table) => {
      const keyBlocks = new Map<string, number>();
      for (const block of table.def.blocks) for (const row of block.rows) keyBlocks.set(row.key, (keyBlocks.get(row.key) ?? 0) + 1);
      const rows: ExtractedRow[] = [];
      for (const block of table.blocks) {
        const def = block.def;
        for (const row of def.rows) {
          if (row.group) continue;
          const bound = block.rows.find((r) => r.def.key === row.key);
          const cells = def.columns.map((column) => {
            const value = bound?.cells.get(column.key)?.value;
            return value?.kind === "number" ? value.value : null;
          });
          const key = (keyBlocks.get(row.key) ?? 0) > 1 ? `${def.def.key}.${row.key}` : row.key;
          rows.push({ key, label: row.label ?? "", cells });
        }
      }
      return { id: table.def.def.id, title: table.def.def.title.zh, rows };
    }),
  };
}

/** One value of an extracted report, as a line of the CSV export reads it. */
export interface ExtractedCell {
  table: string;
  row: string;
  column: string;
  value: number | null;
}

/**
 * The extracted values one by one, with the template's column keys: table by table, row by row,
 * column by column in template order. The column keys come from the bound report's profile.
 */
export function extractCells(report: BoundReport): ExtractedCell[] {
  const extracted = extractTables(report);
  const out: ExtractedCell[] = [];
  report.tables.forEach((table, t) => {
    const rows = extracted.tables[t]!.rows;
    let r = 0;
    for (const block of table.def.blocks) {
      for (const row of block.rows) {
        if (row.group) continue;
        const written = rows[r++]!;
        block.columns.forEach((column, c) => out.push({ table: table.def.def.id, row: written.key, column: column.key, value: written.cells[c] ?? null }));
      }
    }
  });
  return out;
}
