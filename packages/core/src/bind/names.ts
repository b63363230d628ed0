import type { CompiledBlock } from "../profiles/load.ts";
import type { ColumnDef, RowDef } from "../profiles/types.ts";

/**
 * How a cell is named in messages: 行标签·列标签, as a reader finds it in the printed table. A column
 * label that repeats in its block (结果维持 in table 四) gets its header groups in front.
 */
export function cellName(block: CompiledBlock, row: RowDef, column: ColumnDef): string {
  return [rowName(row), columnName(block, column)].filter(Boolean).join("·");
}

export function rowName(row: RowDef): string {
  return row.label ?? "";
}

export function columnName(block: CompiledBlock, column: ColumnDef): string {
  const repeated = block.columns.filter((c) => c.label === column.label).length > 1;
  if (!repeated) return column.label;
  const groups = (column.groups ?? []).map((key) => block.def.headerGroups?.find((g) => g.key === key)?.label ?? key);
  return [...groups.slice(-1), column.label].join("·");
}
