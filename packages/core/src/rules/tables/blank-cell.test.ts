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
