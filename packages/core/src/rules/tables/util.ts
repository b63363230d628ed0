import { cellName } from "../../bind/names.ts";
import type { BoundBlock, BoundCell, BoundReport, BoundRow, BoundTable } from "../../bind/types.ts";
import type { CompiledBlock, CompiledTable } from "../../profiles/load.ts";
import type { Localized } from "../types.ts";

export interface CellVisit {
  table: BoundTable;
  block: BoundBlock;
  row: BoundRow;
  cell: BoundCell;
}

/** Every bound cell of every table, in template order (table, block, row, column). */
export function* boundCells(report: BoundReport): Generator<CellVisit> {
  for (const table of report.tables) {
    for (const block of table.blocks) {
      for (const row of block.rows) {
        for (const column of block.def.columns) {
          const cell = row.cells.get(column.key);
          if (cell) yield { table, block, row, cell };
        }
      }
    }
  }
}

/** 行标签·列标签, as a reader finds the cell in the printed table. */
export function nameOf(block: BoundBlock, cell: BoundCell): string {
  const def = block.def;
  const row = def.rows.find((r) => r.key === cell.rowKey)!;
  const column = def.columns.find((c) => c.key === cell.columnKey)!;
  return cellName(def, row, column);
}

/** “主动公开政府信息情况”表 */
export function tableName(table: CompiledTable): Localized {
  return { zh: `“${table.def.title.zh}”表`, en: `the ${table.def.title.en} table ("${table.def.title.zh}")` };
}

/** The table, and the block's caption when the table has several blocks: “主动公开政府信息情况”表·第二十条第（一）项 */
export function blockName(block: CompiledBlock | undefined, table: CompiledTable): Localized {
  const base = tableName(table);
  const caption = block?.def.caption;
  if (!caption) return base;
  return { zh: `${base.zh}·${caption}`, en: `${caption} of ${base.en}` };
}

/** The number as written in the cell, or how the blank was written. */
export function writtenText(cell: BoundCell): Localized | string {
  const v = cell.value;
  if (v.kind === "blank") return v.marker ? { zh: `“${v.marker}”`, en: `"${v.marker}"` } : { zh: "空白", en: "blank" };
  return cell.cell.text;
}

/** The text that gives a cell a new value, padded as an empty Markdown cell needs. */
export function cellEdit(cell: BoundCell, text: string): { range: BoundCell["cell"]["editRange"]; text: string } {
  return { range: cell.cell.editRange, text: `${cell.cell.editPadding}${text}${cell.cell.editPadding}` };
}
