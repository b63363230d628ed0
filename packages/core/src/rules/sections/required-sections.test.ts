import { describe, expect, it } from "vitest";
import { applyFixes } from "../../fixes.ts";
import { lint } from "../../linter.ts";
import { RuleTester } from "../../testing/rule-tester.ts";
import { dazhai, edit, huaian, sample, withoutSection } from "./test-support.ts";

const only = { rules: { "required-sections": "error" as const }, locale: "zh" as const };

new RuleTester().run("required-sections", {
  valid: [
    { name: "a real report with all six parts", code: huaian },
    { name: "table 三 with three label columns", code: sample("huaian-2024-three-label-columns.md") },
    { name: "a township report", code: dazhai },
    { name: "variant titles still count as present", code: edit(huaian, "## 一、总体情况", "## 一、工作总体推进情况") },
  ],
  invalid: [
    {
      name: "a missing part is reported where it belongs: at the next part's heading",
      code: withoutSection(huaian, "三、"),
      errors: [
        {
          messageId: "missing",
          line: 43,
          column: 1,
          endLine: 43,
          endColumn: 1,
          message: "缺少第三部分“三、收到和处理政府信息公开申请情况”。请按模板补上这一部分。",
          suggestions: ["## 三、收到和处理政府信息公开申请情况\n\n"],
        },
      ],
    },
    {
      name: "a missing last part is reported at the end of the document",
      code: withoutSection(huaian, "六、"),
      errors: [{ messageId: "missing", line: 93, column: 1, message: "缺少第六部分“六、其他需要报告的事项”", suggestions: ["\n## 六、其他需要报告的事项\n"] }],
    },
    {
      name: "two missing parts in a row both point at the next present part",
      code: withoutSection(withoutSection(huaian, "一、"), "二、"),
      errors: [
        { messageId: "missing", line: 11, column: 1, message: "第一部分“一、总体情况”", suggestions: ["## 一、总体情况\n\n"] },
        { messageId: "missing", line: 11, column: 1, message: "第二部分“二、主动公开政府信息情况”", suggestions: ["## 二、主动公开政府信息情况\n\n"] },
      ],
    },
    {
      name: "the inserted heading uses the depth the other parts use",
      code: withoutSection(huaian, "四、").replace(/^## /gmu, "### "),
      errors: [{ messageId: "missing", line: 80, column: 1, suggestions: ["### 四、政府信息公开行政复议、行政诉讼情况\n\n"] }],
    },
    {
      name: "a part whose heading appears twice",
      code: edit(huaian, "## 三、收到和处理政府信息公开申请情况", "## 二、主动公开政府信息情况\n\n以上为主动公开情况。\n\n## 三、收到和处理政府信息公开申请情况"),
      errors: [
        {
          messageId: "duplicate",
          line: 43,
          column: 1,
          message: "第二部分“二、主动公开政府信息情况”重复出现：第 25 行已有这一部分的标题。请把两处内容合并到一个标题下。",
        },
      ],
    },
    {
      name: "a seventh part the template does not have",
      code: `${huaian}\n## 七、附件\n\n附件略。\n`,
      errors: [{ messageId: "unexpected", line: 98, column: 1, message: "标题“七、附件”按部分的格式编号，但不是模板中的任何一个部分（模板共六个部分）。" }],
    },
    {
      name: "a second part numbered 三 with a title of its own",
      code: `${huaian}\n## 三、其他情况\n\n无。\n`,
      errors: [{ messageId: "unexpected", line: 98, column: 1, message: "（第三部分已有标题“三、收到和处理政府信息公开申请情况”）" }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: withoutSection(huaian, "五、"),
      errors: [{ messageId: "missing", line: 88, column: 1, message: 'Part 5, "五、存在的主要问题及改进情况", is missing. Add it as the template lays it out.', suggestions: ["## 五、存在的主要问题及改进情况\n\n"] }],
    },
  ],
});

describe("required-sections suggestion", () => {
  for (const prefix of ["一、", "三、", "六、"]) {
    it(`inserting the heading for ${prefix} makes the report complete again`, () => {
      const code = withoutSection(huaian, prefix);
      const [message] = lint(code, only).messages.filter((m) => m.ruleId === "required-sections");
      const fixed = applyFixes(code, [message!.suggestions![0]!.fix]).output;
      expect(lint(fixed, only).messages.filter((m) => m.ruleId === "required-sections")).toEqual([]);
    });
  }
});
