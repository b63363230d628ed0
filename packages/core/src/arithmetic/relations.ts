import type { BoundBlock, BoundCell, BoundTable } from "../bind/types.ts";
import { numericValue } from "../bind/values.ts";
import type { CompiledRelation } from "../profiles/load.ts";
import { compare, evaluate } from "./expression.ts";

export interface RelationFailure {
  relation: CompiledRelation;
  block: BoundBlock;
  /** The cell the relation checks, where the diagnostic sits. */
  target: BoundCell;
  written: number;
  /** Value of the right-hand side: for ==, what the target should be. */
  computed: number;
  /** Blank cells the evaluation counted as 0. */
  blanks: BoundCell[];
}

/**
 * Evaluates a table's relations of one kind, once per column or per row as each declares. An
 * instance is skipped when a cell it needs is missing, holds text, or sits on a group row written
 * as a bare label: other rules report those, and guessing would only add noise.
 */
export function* relationFailures(table: BoundTable, kind: "arithmetic" | "plausibility", ignore: readonly string[] = []): Generator<RelationFailure> {
  for (const relation of table.def.relations) {
    if ((relation.def.rule ?? "arithmetic") !== kind || ignore.includes(relation.def.id)) continue;
    const block = table.blocks.find((b) => b.def === relation.block);
    if (!block?.found) continue;
    const rows = new Map(block.rows.map((r) => [r.def.key, r]));
    const instances =
      relation.def.each === "column"
        ? block.columns.filter((c) => !relation.def.over || relation.def.over.includes(c.def.key)).map((c) => (id: string) => rows.get(id)?.cells.get(c.def.key))
        : block.rows
            .filter((r) => !r.labelOnly && (!relation.def.over || relation.def.over.includes(r.def.key)))
            .map((r) => (id: string) => r.cells.get(id));
    for (const cellOf of instances) {
      const failure = check(relation, block, cellOf, rows);
      if (failure) yield failure;
    }
  }
}

function check(
  relation: CompiledRelation,
  block: BoundBlock,
  cellOf: (id: string) => BoundCell | undefined,
  rows: Map<string, BoundBlock["rows"][number]>,
): RelationFailure | undefined {
  const cells = new Map<string, BoundCell>();
  for (const id of relation.refs) {
    const cell = cellOf(id);
    if (!cell || numericValue(cell.value) === undefined || rows.get(cell.rowKey)?.labelOnly) return undefined;
    cells.set(id, cell);
  }
  const lookup = (id: string): number | undefined => numericValue(cells.get(id)!.value);
  const tolerance = relation.def.tolerance ?? 0;
  if (relation.when) {
    const a = evaluate(relation.when.left, lookup);
    const b = evaluate(relation.when.right, lookup);
    if (a === undefined || b === undefined || !compare(a, relation.when.op, b, tolerance)) return undefined;
  }
  const written = lookup(relation.target);
  const computed = evaluate(relation.right, lookup);
  if (written === undefined || computed === undefined || compare(written, relation.op, computed, tolerance)) return undefined;
  return {
    relation,
    block,
    target: cells.get(relation.target)!,
    written,
    computed,
    blanks: [...cells.values()].filter((c) => c.value.kind === "blank"),
  };
}

/** Integers as written; decimals without float noise (0.1 + 0.2 → 0.3). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}
