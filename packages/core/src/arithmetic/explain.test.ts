import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../adapters/markdown.ts";
import { bindReport } from "../bind/bind-report.ts";
import type { BoundCell, BoundReport } from "../bind/types.ts";
import { createProfileRegistry, DEFAULT_PROFILE_ID } from "../profiles/builtin.ts";
import { edit, huaian } from "../rules/tables/test-support.ts";
import { explainCell } from "./explain.ts";

const registry = createProfileRegistry();
const bind = (text: string): BoundReport => bindReport(parseMarkdown(text), registry, { defaultProfile: DEFAULT_PROFILE_ID });

function cellOf(report: BoundReport, table: string, row: string, column: string): BoundCell {
  const cell = report.tables
    .find((t) => t.def.def.id === table)!
    .blocks.flatMap((b) => b.rows)
    .find((r) => r.def.key === row)!
    .cells.get(column)!;
  expect(cell).toBeDefined();
  return cell;
}

/** The explanation without the target cell object, which toEqual would compare field by field. */
const summary = (report: BoundReport, cell: BoundCell) =>
  explainCell(report, cell).map(({ target, name, explain, ...rest }) => ({ ...rest, name: name.zh, explain: explain.en, at: target.cell.contentRange.start }));

describe("explainCell", () => {
  it("lists every relation a wrong （七）总计 takes part in, as target and as operand, with both values", () => {
    const text = edit(["| （七）总计 | 2932 |", "| （七）总计 | 2930 |"]);
    const report = bind(text);
    const cell = cellOf(report, "T3", "resolved", "natural");
    const totalAt = cellOf(report, "T3", "resolved", "total").cell.contentRange.start;
    expect(summary(report, cell)).toEqual([
      {
        id: "R1",
        rule: "arithmetic",
        name: "第一项加第二项之和等于第三项加第四项之和",
        explain: "new plus carried in minus carried out",
        assert: "resolved == new + carried_in - carried_out",
        op: "==",
        role: "target",
        targetName: "（七）总计·自然人",
        written: 2930,
        computed: 2932,
        holds: false,
        at: cell.cell.contentRange.start,
      },
      {
        id: "R2",
        rule: "arithmetic",
        name: "总计等于各类申请人之和",
        explain: "the sum over applicants",
        assert: "total == sum(natural..other_org)",
        op: "==",
        role: "operand",
        targetName: "（七）总计·总计",
        written: 3050,
        computed: 3048,
        holds: false,
        at: totalAt,
      },
      {
        id: "R3",
        rule: "arithmetic",
        name: "（七）总计等于各项办理结果之和",
        explain: "the sum of the results",
        assert: "resolved == sum(granted..other_3)",
        op: "==",
        role: "target",
        targetName: "（七）总计·自然人",
        written: 2930,
        computed: 2932,
        holds: false,
        at: cell.cell.contentRange.start,
      },
    ]);
  });

  it("agrees with the arithmetic rule: in the correct report every relation of the cell holds", () => {
    const report = bind(huaian);
    const relations = explainCell(report, cellOf(report, "T3", "new", "natural"));
    expect(relations.map((r) => [r.id, r.role, r.targetName, r.written, r.computed, r.holds])).toEqual([
      ["R1", "operand", "（七）总计·自然人", 2932, 2932, true],
      ["R2", "operand", "一、本年新收政府信息公开申请数量·总计", 3119, 3119, true],
    ]);
  });

  it("explains a plausibility relation with its comparison (R10: valid >= issued - repealed)", () => {
    const report = bind(huaian);
    expect(explainCell(report, cellOf(report, "T2", "regulations", "valid")).map((r) => [r.id, r.rule, r.op, r.role, r.written, r.computed, r.holds])).toEqual([
      ["R10", "plausibility", ">=", "target", 11, 1, true],
    ]);
  });

  it("counts a blank cell as 0, and leaves out relations a text cell makes impossible to evaluate", () => {
    const blank = bind(edit(["| 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 | 25 |", "| 2.重复申请 | 25 |  | 0 | 0 | 0 | 0 | 25 |"]));
    expect(explainCell(blank, cellOf(blank, "T3", "ignored_2", "commercial")).map((r) => [r.id, r.targetName, r.written, r.computed, r.holds])).toEqual([
      ["R2", "2.重复申请·总计", 25, 25, true],
      ["R3", "（七）总计·商业企业", 53, 53, true],
    ]);
    const text = bind(edit(["| 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 | 25 |", "| 2.重复申请 | 25 | 约 | 0 | 0 | 0 | 0 | 25 |"]));
    expect(explainCell(text, cellOf(text, "T3", "ignored_2", "commercial"))).toEqual([]);
  });

  it("gives nothing for a cell of another report", () => {
    const report = bind(huaian);
    expect(explainCell(report, cellOf(bind(huaian), "T3", "new", "natural"))).toEqual([]);
  });
});
