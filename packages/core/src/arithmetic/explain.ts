import { cellName } from "../bind/names.ts";
import type { BoundCell, BoundReport } from "../bind/types.ts";
import type { Localized } from "../rules/types.ts";
import type { Comparison } from "./expression.ts";
import { relationInstances, type RelationKind } from "./relations.ts";

/** One relation instance a cell takes part in, evaluated as the arithmetic and plausibility rules evaluate it. */
export interface CellRelation {
  /** The profile's id for the relation: R1, R2, R3b … */
  id: string;
  /** The rule that reports it when it fails. */
  rule: RelationKind;
  /** What the relation says, from the profile: “总计等于各类申请人之和”. */
  name: Localized;
  /** What the computed value is: “各类申请人之和”. */
  explain: Localized;
  /** The relation as the profile declares it: `total == sum(natural..other_org)`. */
  assert: string;
  op: Comparison;
  /** Whether the cell is the one the relation checks, or one it is computed from. */
  role: "target" | "operand";
  /** The cell the relation checks, and its 行标签·列标签. */
  target: BoundCell;
  targetName: string;
  /** The target's value (a blank counts as 0). */
  written: number;
  /** The right-hand side, from the cells as written. */
  computed: number;
  holds: boolean;
}

/**
 * Every relation instance of the report's profile that reads `cell`, in profile order. A relation
 * that cannot be evaluated (a cell it needs is missing or holds text) is left out, as the rules
 * leave it out; so is one whose `when` condition does not hold there.
 */
export function explainCell(report: BoundReport, cell: BoundCell): CellRelation[] {
  const table = report.tables.find((t) => t.blocks.some((b) => b.rows.some((r) => r.cells.get(cell.columnKey) === cell)));
  if (!table) return [];
  const out: CellRelation[] = [];
  for (const instance of relationInstances(table)) {
    if (![...instance.cells.values()].includes(cell)) continue;
    const { relation, block, target } = instance;
    const row = block.def.rows.find((r) => r.key === target.rowKey)!;
    const column = block.def.columns.find((c) => c.key === target.columnKey)!;
    out.push({
      id: relation.def.id,
      rule: relation.def.rule ?? "arithmetic",
      name: relation.def.name,
      explain: relation.def.explain,
      assert: relation.def.assert,
      op: relation.op,
      role: target === cell ? "target" : "operand",
      target,
      targetName: cellName(block.def, row, column),
      written: instance.written,
      computed: instance.computed,
      holds: instance.holds,
    });
  }
  return out;
}
