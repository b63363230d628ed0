import { RuleTester } from "../../testing/rule-tester.ts";
import { edit, huaian, huaianThreeColumns } from "./test-support.ts";

new RuleTester().run("cell-value", {
  valid: [
    { name: "a real report (96171.6 is a decimal in the 万元 column, where decimals belong)", code: huaian },
    { name: "table 三 with three label columns", code: huaianThreeColumns },
    { name: "thousands separators", code: edit(["| 行政处罚 | 3985758 |", "| 行政处罚 | 3,985,758 |"]) },
    { name: "blank cells are blank-cell's business", code: edit(["| 2.重复申请 | 25 | 0 |", "| 2.重复申请 | 25 | / |"]) },
    { name: "元 in the 万元 column is amount-unit's business", code: edit(["| 行政事业性收费 | 96171.6 |", "| 行政事业性收费 | 961716000元 |"]) },
  ],
  invalid: [
    {
      name: "text that is not a number",
      code: edit(["| 行政许可 | 447228 |", "| 行政许可 | 约45万 |"]),
      errors: [
        {
          messageId: "not-a-number",
          line: 34,
          column: 10,
          message: "行政许可·本年处理决定数量 写的是“约45万”，不是数字，无法参与核对。请只写阿拉伯数字（无数据填 0），说明文字写在表外。",
        },
      ],
    },
    {
      name: "a negative count",
      code: edit(["| 2.重复申请 | 25 |", "| 2.重复申请 | -25 |"]),
      errors: [{ messageId: "negative", line: 69, column: 12, message: "2.重复申请·自然人 写的是 -25，是负数；该项是件数或金额，不能小于 0（R6）。" }],
    },
    {
      name: "a decimal count",
      code: edit(["| 行政处罚 | 3985758 |", "| 行政处罚 | 3985758.5 |"]),
      errors: [{ messageId: "decimal", line: 37, column: 10, message: "行政处罚·本年处理决定数量 写的是 3985758.5，带有小数；该项是件数，应为整数（R6）。" }],
    },
    {
      name: "count words in integer cells: the fix removes them",
      code: edit(["| 规章 | 1 | 0 | 11 |", "| 规章 | 1 个 | 0 | 11 |"], ["| 行政处罚 | 3985758 |", "| 行政处罚 | 3985758件 |"]),
      errors: [
        { messageId: "unit", line: 30, column: 8, message: "规章·本年制发件数 写的是“1 个”，单元格里带了单位“个”；单位写在表头，单元格只写数字。请删去“个”。", fix: "1" },
        { messageId: "unit", line: 37, column: 10, fix: "3985758" },
      ],
      output: huaian,
    },
    {
      name: "the column's own unit written in the cell: the fix removes it",
      code: edit(["| 行政事业性收费 | 96171.6 |", "| 行政事业性收费 | 96171.6万元 |"]),
      errors: [{ messageId: "unit", line: 41, column: 13, fix: "96171.6" }],
      output: huaian,
    },
    {
      name: "a money unit in a count column: reported, not fixed",
      code: edit(["| 行政处罚 | 3985758 |", "| 行政处罚 | 3985758万元 |"]),
      errors: [{ messageId: "unit", line: 37, column: 10, message: "请删去“万元”；如需注明单位，请写在表头。" }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: edit(["| 行政许可 | 447228 |", "| 行政许可 | 约45万 |"]),
      errors: [{ messageId: "not-a-number", line: 34, column: 10, message: '行政许可·本年处理决定数量 reads "约45万", which is not a number and cannot be checked.' }],
    },
  ],
});
