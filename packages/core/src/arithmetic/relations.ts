import type { BoundBlock, BoundCell, BoundTable } from "../bind/types.ts";
import { numericValue } from "../bind/values.ts";
import type { CompiledRelation } from "../profiles/load.ts";
import { compare, evaluate } from "./expression.ts";

/** One relation evaluated for one column or row: what the rules report when it fails and what hover explains. */
export interface RelationInstance {
  relation: CompiledRelation;
  block: BoundBlock;
  /** The cell the relation checks, where the diagnostic sits. */
  target: BoundCell;
  /** Every cell the instance read, target included, by the identifier the relation names it with. */
  cells: ReadonlyMap<string, BoundCell>;
  written: number;
  /** Value of the right-hand side: for ==, what the target should be. */
  computed: number;
  /** Whether `written op computed` holds within the relation's tolerance. */
  holds: boolean;
  /** Blank cells the evaluation counted as 0. */
  blanks: BoundCell[];
}

export type RelationKind = "arithmetic" | "plausibility";

/**
 * Evaluates a table's relations, once per column or per row as each declares, in profile order. An
 * instance is skipped when a cell it needs is missing, holds text, or sits on a group row written
 * as a bare label (other rules report those, and guessing would only add noise), and when its
 * `when` condition does not hold (the relation is not in force there).
 */
export function* relationInstances(table: BoundTable, kind?: RelationKind, ignore: readonly string[] = []): Generator<RelationInstance> {
  for (const relation of table.def.relations) {
    if ((kind !== undefined && (relation.def.rule ?? "arithmetic") !== kind) || ignore.includes(relation.def.id)) continue;
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
      const instance = evaluateInstance(relation, block, cellOf, rows);
      if (instance) yield instance;
    }
  }
}

/** The instances of a table's relations of one kind that fail: what the arithmetic and plausibility rules report. */
export function* relationFailures(table: BoundTable, kind: RelationKind, ignore: readonly string[] = []): Generator<RelationInstance> {
  for (const instance of relationInstances(table, kind, ignore)) if (!instance.holds) yield instance;
}

function evaluateInstance(
  relation: CompiledRelation,
  block: BoundBlock,
  cellOf: (id: string) => BoundCell | undefined,
  rows: Map<string, BoundBlock["rows"][number]>,
): RelationInstance | undefined {
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
  if (written === undefined || computed === undefined) return undefined;
  return {
    relation,
    block,
    target: cells.get(relation.target)!,
    cells,
    written,
    computed,
    holds: compare(written, relation.op, computed, tolerance),
    blanks: [...cells.values()].filter((c) => c.value.kind === "blank"),
  };
}

/** Integers as written; decimals without float noise (0.1 + 0.2 → 0.3). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}
