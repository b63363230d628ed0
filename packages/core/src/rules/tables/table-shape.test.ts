import { RuleTester } from "../../testing/rule-tester.ts";
import { edit, editOf, huaian, huaianThreeColumns, TABLE_4 } from "./test-support.ts";

const T3 = "“收到和处理政府信息公开申请情况”表";
const T2 = "“主动公开政府信息情况”表";
const BLOCK_8 = "| 第二十条第（八）项 | | | |\n| 信息内容 | 本年收费金额（单位：万元） | | |\n| 行政事业性收费 | 96171.6 | | |\n";

new RuleTester().run("table-shape", {
  valid: [
    { name: "a real report", code: huaian },
    { name: "table 三 with three label columns", code: huaianThreeColumns },
    { name: "an accepted column alias is table-labels' business", code: edit(["| 现行有效件数 |", "| 现行有效件 |"]) },
  ],
  invalid: [
    {
      name: "a group label in a label column that is no group: reported, its sub-rows still bound",
      code: editOf(huaianThreeColumns, ["|  | （四）无法提供 | 1.本机关", "|  | （四）无法提共 | 1.本机关"]),
      errors: [
        {
          messageId: "unknown-row-suggest",
          line: 55,
          column: 6,
          message: `${T3}中分组标签“（四）无法提共”不是模板中的分组，其下各行仍按各自的行标签核对。是否应为“（四）无法提供”？`,
        },
      ],
    },
    {
      name: "a block of table 二 left out",
      code: edit([BLOCK_8, ""]),
      errors: [{ messageId: "missing-block", line: 27, column: 1, message: `${T2}缺少“第二十条第（八）项”部分。` }],
    },
    {
      name: "a row left out",
      code: edit(["| 行政强制 | 88283 | | |\n", ""]),
      errors: [{ messageId: "missing-row", line: 35, column: 1, message: `${T2}·第二十条第（六）项缺少“行政强制”一行。` }],
    },
    {
      name: "a column header that is no column: the template's column is missing, the unknown one is reported",
      code: edit(["| 现行有效件数 |", "| 累计件数 |"]),
      errors: [
        { messageId: "missing-column", line: 29, column: 1, message: `${T2}·第二十条第（一）项缺少“现行有效件数”一列。` },
        { messageId: "unknown-column", line: 29, column: 28, message: `${T2}·第二十条第（一）项中的列“累计件数”不是模板中的列，其中的数字未参与核对。请改用模板的列标题，或删除该列。` },
      ],
    },
    {
      name: "an added column close to a template column: did you mean",
      code: edit(
        ["| 其他 | 总计 |\n|---|---:|---:|---:|---:|---:|---:|---:|", "| 其他 | 总计 | 小计 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|"],
      ),
      errors: [{ messageId: "unknown-column-suggest", line: 47, column: 59, message: "中的列“小计”不是模板中的列，其中的数字未参与核对。是否应为“总计”？", suggestions: ["总计"] }],
    },
    {
      name: "a row label that is no row: reported, never dropped; its template row is missing",
      code: edit(["| 2.重复申请 |", "| 2.重复的申请事项 |"]),
      errors: [
        { messageId: "missing-row", line: 47, column: 1, message: `${T3}缺少“2.重复申请”一行。` },
        { messageId: "unknown-row", line: 69, column: 3, message: `${T3}中行“2.重复的申请事项”不是模板中的行，其中的数字未参与核对。` },
      ],
    },
    {
      name: "a row label close to a template row: did you mean",
      code: edit(["| 7.属于行政执法案卷 |", "| 7.属于行政执法卷宗 |"]),
      errors: [
        { messageId: "missing-row", line: 47, column: 1 },
        { messageId: "unknown-row-suggest", line: 61, column: 3, message: "是否应为“7.属于行政执法案卷”？", suggestions: ["7.属于行政执法案卷"] },
      ],
    },
    {
      name: "numbers on a row with no label",
      code: edit(["| 3.要求提供公开出版物 |", "| | 5 | 0 | 0 | 0 | 0 | 0 | 5 |\n| 3.要求提供公开出版物 |"]),
      errors: [{ messageId: "unknown-row", line: 70, column: 1, message: `${T3}中有一行没有行标签，对应不到模板中的任何一行，其中的数字未参与核对。` }],
    },
    {
      name: "a row a cell short",
      code: edit(["| 3.其他 | 108 | 2 | 0 | 0 | 0 | 0 | 110 |", "| 3.其他 | 108 | 2 | 0 | 0 | 0 | 0 |"]),
      errors: [{ messageId: "missing-cell", line: 76, column: 35, message: `${T3}的 3.其他·总计 没有单元格` }],
    },
    {
      name: "a row written twice",
      code: edit(["| 行政强制 | 88283 | | |\n", "| 行政强制 | 88283 | | |\n| 行政强制 | 88283 | | |\n"]),
      errors: [{ messageId: "duplicate-row", line: 39, column: 3, message: "“行政强制”一行出现了不止一次" }],
    },
    {
      name: "a block written twice",
      code: edit([BLOCK_8, BLOCK_8 + BLOCK_8]),
      errors: [{ messageId: "duplicate-block", line: 42, column: 1, message: `${T2}中“第二十条第（八）项”部分出现了不止一次` }],
    },
    {
      name: "a number in a column the block does not have",
      code: edit(["| 行政许可 | 447228 | | |", "| 行政许可 | 447228 | 5 | |"]),
      errors: [{ messageId: "extra-cell", line: 34, column: 19, message: `${T2}·第二十条第（五）项中的“5”写在模板没有的列里，未参与核对。` }],
    },
    {
      name: "table 四 twice",
      code: edit(["## 五、存在的主要问题及改进情况", `${TABLE_4}\n\n## 五、存在的主要问题及改进情况`]),
      errors: [{ messageId: "duplicate-table", line: 88, column: 1, message: "“政府信息公开行政复议、行政诉讼情况”表出现了不止一张，只核对了第一张。" }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: edit(["| 行政强制 | 88283 | | |\n", ""]),
      errors: [
        {
          messageId: "missing-row",
          line: 35,
          column: 1,
          message: 'There is no row "行政强制" in 第二十条第（六）项 of the Proactive disclosure table ("主动公开政府信息情况"). The template requires every row',
        },
      ],
    },
  ],
});
