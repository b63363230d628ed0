import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintAndFix } from "../../linter.ts";
import { RuleTester } from "../../testing/rule-tester.ts";
import { edit, huaian, huaianThreeColumns } from "./test-support.ts";

const blanks = edit(["| 2.重复申请 | 25 | 0 | 0 |", "| 2.重复申请 | 25 |  | / |"], ["| 72 | 64 | 178 | 37 |", "| 72 | — | 178 | 无 |"]);
const blanksFixed = edit(["| 2.重复申请 | 25 | 0 | 0 |", "| 2.重复申请 | 25 | 0 | 0 |"], ["| 72 | 64 | 178 | 37 |", "| 72 | 0 | 178 | 0 |"]);

new RuleTester().run("blank-cell", {
  valid: [
    { name: "a real report: group rows written as bare labels have no values to fill", code: huaian },
    { name: "table 三 with three label columns", code: huaianThreeColumns },
  ],
  invalid: [
    {
      name: "empty, /, — and 无 in value cells: the fix writes 0",
      code: blanks,
      errors: [
        { messageId: "blank", line: 69, column: 17, message: "2.重复申请·商业企业 是空白，没有数字；核对算术时按 0 计（R7）。无数据请填 0。", fix: " 0 " },
        { messageId: "blank", line: 69, column: 20, message: "2.重复申请·科研机构 是“/”，没有数字", fix: "0" },
        { messageId: "blank", line: 86, column: 8, message: "行政复议·结果纠正 是“—”", fix: "0" },
        { messageId: "blank", line: 86, column: 18, message: "行政复议·尚未审结 是“无”", fix: "0" },
      ],
      output: blanksFixed,
    },
    {
      name: "a group row that carries some numbers is a subtotal row: its blanks are reported",
      code: edit(["| （三）不予公开 | | | | | | | |", "| （三）不予公开 | 176 | 2 | 0 | 0 | 0 | 0 | |"]),
      errors: [{ messageId: "blank", line: 54, column: 39, fix: " 0 " }],
      output: edit(["| （三）不予公开 | | | | | | | |", "| （三）不予公开 | 176 | 2 | 0 | 0 | 0 | 0 | 0 |"]),
    },
    {
      name: "messages in English",
      locale: "en",
      code: blanks,
      errors: [
        { messageId: "blank", line: 69, column: 17, message: "2.重复申请·商业企业 is blank, not a number; the arithmetic checks count it as 0 (R7). Write 0 where there is nothing to report." },
        { messageId: "blank", line: 69, column: 20, message: '2.重复申请·科研机构 is "/", not a number' },
        { messageId: "blank", line: 86, column: 8 },
        { messageId: "blank", line: 86, column: 18 },
      ],
      output: blanksFixed,
    },
  ],
});

describe("blank-cell: after --fix", () => {
  it("the report relints clean of blank-cell", () => {
    const { output, result } = lintAndFix(blanks, { rules: { "blank-cell": "warn" } });
    expect(output).toBe(blanksFixed);
    expect(result.messages.filter((m) => m.ruleId === "blank-cell")).toEqual([]);
  });
});

describe("blank-cell on a published page", () => {
  const page = readFileSync(join(import.meta.dirname, "../../../../../fixtures/html/huaian-2024.html"), "utf8");
  // 2.重复申请·自然人 merged down over 3.要求提供公开出版物·自然人, as Word exports merged cells.
  const merged = page
    .replace('<tr><td><p>2.重复申请</p></td><td><p align="center">25</p></td>', '<tr><td><p>2.重复申请</p></td><td rowspan="2"><p align="center">25</p></td>')
    .replace('<tr><td><p>3.要求提供公开出版物</p></td><td><p align="center">0</p></td>', "<tr><td><p>3.要求提供公开出版物</p></td>");

  it("reports a position covered by a merged cell, with no fix: it has no text of its own to edit", () => {
    expect(merged).not.toBe(page);
    const { output, result } = lintAndFix(merged, { format: "html", rules: { "blank-cell": "warn" } });
    const blanks = result.messages.filter((m) => m.ruleId === "blank-cell");
    expect(blanks.map((m) => [m.line, m.column, m.fix])).toEqual([[108, 61, undefined]]);
    expect(output).toBe(merged);
  });
});
