/**
 * Helpers for the binder's tests: bind a Markdown string and read back what bound, in plain data
 * that `expect(...).toEqual` can compare. Not used by the engine.
 */
import { parseMarkdown } from "../adapters/markdown.ts";
import { createProfileRegistry, DEFAULT_PROFILE_ID } from "../profiles/builtin.ts";
import type { ProfileRegistry } from "../profiles/load.ts";
import { bindReport } from "./bind-report.ts";
import type { BoundBlock, BoundReport, BoundTable, ShapeProblem } from "./types.ts";

let registry: ProfileRegistry | undefined;

export function bindMarkdown(markdown: string, profile?: string): BoundReport {
  registry ??= createProfileRegistry();
  return bindReport(parseMarkdown(markdown), registry, { ...(profile ? { profile } : {}), defaultProfile: DEFAULT_PROFILE_ID });
}

export function boundTable(report: BoundReport, id: string): BoundTable {
  const table = report.tables.find((t) => t.def.def.id === id);
  if (!table) throw new Error(`profile ${report.profile.id} has no table ${id}`);
  return table;
}

export function boundBlock(report: BoundReport, tableId: string, blockKey = "main"): BoundBlock {
  const block = boundTable(report, tableId).blocks.find((b) => b.def.def.key === blockKey);
  if (!block) throw new Error(`table ${tableId} has no block ${blockKey}`);
  return block;
}

/** Row key → column key → the number bound there (or "blank" / the text). */
export function boundValues(block: BoundBlock): Record<string, Record<string, number | string>> {
  const out: Record<string, Record<string, number | string>> = {};
  for (const row of block.rows) {
    const cells: Record<string, number | string> = {};
    for (const [key, cell] of row.cells) cells[key] = cell.value.kind === "number" ? cell.value.value : cell.value.kind === "blank" ? "blank" : cell.value.text;
    out[row.def.key] = cells;
  }
  return out;
}

/** Every shape problem of the report, as `table kind detail`, e.g. `T3 unknown-row （八）其他 → （六）其他处理`. */
export function shapeProblems(report: BoundReport): string[] {
  return report.tables.flatMap((t) => t.problems.map((p) => `${t.def.def.id} ${describe(p)}`));
}

function describe(p: ShapeProblem): string {
  switch (p.kind) {
    case "unknown-row":
    case "unknown-column":
      return `${p.kind} ${p.text}${p.suggestion ? ` → ${p.suggestion}` : ""}`;
    case "extra-cell":
      return `${p.kind} ${p.text}`;
    case "missing-row":
    case "duplicate-row":
      return `${p.kind} ${p.row.key}`;
    case "missing-column":
      return `${p.kind} ${p.column.key}`;
    case "missing-cell":
      return `${p.kind} ${p.row.key}.${p.column.key}`;
    case "missing-block":
    case "duplicate-block":
      return `${p.kind} ${p.block.def.key}`;
    case "duplicate-table":
      return p.kind;
  }
}

/** The source text a range of the report covers. */
export function textAt(report: BoundReport, range: { start: number; end: number }): string {
  return report.document.source.slice(range.start, range.end);
}
