import { describe, expect, it } from "vitest";
import { applyFixes } from "../../fixes.ts";
import { lint } from "../../linter.ts";
import { createProfileRegistry } from "../../profiles/builtin.ts";
import { tableSkeleton } from "../../profiles/skeleton.ts";
import { RuleTester } from "../../testing/rule-tester.ts";
import { edit, huaian, huaianThreeColumns, TABLE_2, TABLE_4 } from "./test-support.ts";

const profile = createProfileRegistry().get("gov-annual-2021");
const skeleton = (id: string): string => `\n\n${tableSkeleton(profile.tables.find((t) => t.def.id === id)!)}`;

const table2AsImage = edit([TABLE_2, "![主动公开政府信息情况](table2.png)"]);
const withoutSection4 = edit([`## 四、政府信息公开行政复议、行政诉讼情况\n\n${TABLE_4}\n\n`, ""]);
const table4UnderSection5 = edit(
  [`## 四、政府信息公开行政复议、行政诉讼情况\n\n${TABLE_4}`, `## 四、政府信息公开行政复议、行政诉讼情况\n\n详见下表。\n\n## 五、存在的主要问题及改进情况\n\n${TABLE_4}`],
  ["\n## 五、存在的主要问题及改进情况\n\n对照", "\n对照"],
);

new RuleTester().run("required-tables", {
  valid: [
    { name: "a real report with every table under its section", code: huaian },
    { name: "table 三 with three label columns", code: huaianThreeColumns },
    { name: "a section title written as an accepted variant", code: edit(["## 二、主动公开政府信息情况", "## 二、主动公开政府信息的情况"]) },
  ],
  invalid: [
    {
      name: "table 二 pasted as an image: reported on the section heading, with the skeleton as a suggestion",
      code: table2AsImage,
      errors: [
        {
          messageId: "missing",
          line: 25,
          column: 1,
          message: "“二、主动公开政府信息情况”一节中没有可机读的“主动公开政府信息情况”表：表格缺失，或是以图片粘贴的（E5）",
          suggestions: [skeleton("T2")],
        },
      ],
    },
    {
      name: "a table whose labels match nothing of the template: said so",
      code: edit([TABLE_4, TABLE_4.replace(/结果维持|结果纠正|其他结果|尚未审结|总计|行政复议|行政诉讼|未经复议直接起诉|复议后起诉/gu, "项目")]),
      errors: [{ messageId: "missing", line: 80, column: 1, message: "这一节中的表格认不出模板的行列标签，其中的数字无法核对。", suggestions: [skeleton("T4")] }],
    },
    {
      name: "neither section 四 nor its table: reported at the start of the document, with nothing to insert under",
      code: withoutSection4,
      errors: [{ messageId: "missing", line: 1, column: 1, message: "报告中（也没有“四、政府信息公开行政复议、行政诉讼情况”一节）没有可机读的", suggestions: [] }],
    },
    {
      name: "table 四 under section 五",
      code: table4UnderSection5,
      errors: [
        {
          messageId: "misplaced",
          line: 86,
          column: 1,
          message: "“政府信息公开行政复议、行政诉讼情况”表写在“五、存在的主要问题及改进情况”一节中，按模板应在“四、政府信息公开行政复议、行政诉讼情况”一节中。",
        },
      ],
    },
    {
      name: "messages in English",
      locale: "en",
      code: table2AsImage,
      errors: [
        {
          messageId: "missing",
          line: 25,
          column: 1,
          message: 'No machine-readable copy of the Proactive disclosure table ("主动公开政府信息情况") was found under "二、主动公开政府信息情况": the table is missing or was pasted as an image (E5)',
        },
      ],
    },
  ],
});

describe("required-tables: the inserted skeleton", () => {
  it("makes the report whole: the table binds under its section, in the template's shape", () => {
    const suggestion = lint(table2AsImage, { rules: { "required-tables": "error" } }).messages.find((m) => m.ruleId === "required-tables")!.suggestions![0]!;
    const fixed = applyFixes(table2AsImage, [suggestion.fix]).output;
    expect(fixed).toContain(`## 二、主动公开政府信息情况\n\n| 第二十条第（一）项 | | | |\n|---|---:|---:|---:|`);
    const rules = Object.fromEntries(["required-tables", "table-shape", "table-labels", "cell-value", "blank-cell", "arithmetic"].map((id) => [id, "error" as const]));
    const only = new Set(Object.keys(rules));
    expect(lint(fixed, { rules }).messages.filter((m) => only.has(m.ruleId ?? "")).map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([]);
  });
});
