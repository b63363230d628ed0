import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bindReport, createProfileRegistry, DEFAULT_PROFILE_ID, lint, LineIndex, parseMarkdown } from "../packages/core/src/index.ts";

/**
 * The promise to authors: in a report that adds up, changing any one number of table 三 or 四
 * gives an error on that number's line. Tried on every numeric cell of the real samples.
 */
const samples = ["huaian-2024.md", "huaian-2024-three-label-columns.md", "dazhai-2022.md"];

describe.each(samples)("%s", (name) => {
  const source = readFileSync(join(import.meta.dirname, "..", "fixtures", "samples", name), "utf8");
  const report = bindReport(parseMarkdown(source), createProfileRegistry(), { defaultProfile: DEFAULT_PROFILE_ID });
  const lines = new LineIndex(source);
  const cells = report.tables
    .filter((t) => t.def.def.id === "T3" || t.def.def.id === "T4")
    .flatMap((t) => t.blocks.flatMap((b) => b.rows.flatMap((r) => [...r.cells.values()])))
    .filter((c) => c.value.kind === "number");

  it("has the cells of tables 三 and 四", () => expect(cells.length).toBe(175 + 15));

  it("reports no error as written", () => {
    expect(lint(source).messages.filter((m) => m.severity === 2)).toEqual([]);
  });

  it("reports an error on the line of any single changed number", () => {
    const missed: string[] = [];
    for (const cell of cells) {
      const { start, end } = cell.cell.contentRange;
      const value = cell.value.kind === "number" ? cell.value.value : 0;
      const changed = source.slice(0, start) + String(value + 1) + source.slice(end);
      const line = lines.locate(start).line;
      const errors = lint(changed).messages.filter((m) => m.severity === 2 && m.line === line);
      if (errors.length === 0) missed.push(`${cell.rowKey}.${cell.columnKey} (line ${line})`);
    }
    expect(missed).toEqual([]);
  });
});
