import { describe, expect, it } from "vitest";
import { applyFixes } from "../../fixes.ts";
import { lint } from "../../linter.ts";
import { RuleTester } from "../../testing/rule-tester.ts";
import { dazhai, edit, huaian, sample } from "./test-support.ts";

new RuleTester().run("section-title", {
  valid: [
    { name: "the template's titles", code: huaian },
    { name: "table 三 with three label columns", code: sample("huaian-2024-three-label-columns.md") },
    { name: "a township report", code: dazhai },
    { name: "full-width or half-width punctuation and spaces do not matter", code: edit(huaian, "## 四、政府信息公开行政复议、行政诉讼情况", "## 四、 政府信息公开行政复议,行政诉讼情况") },
  ],
  invalid: [
    {
      name: "an alias seen in real reports",
      code: edit(huaian, "## 一、总体情况", "## 一、工作总体推进情况"),
      errors: [
        {
          messageId: "variant",
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 14,
          message: "标题“一、工作总体推进情况”是第一部分的另一种写法，模板标题为“一、总体情况”。请改用模板标题。",
          suggestions: ["一、总体情况"],
        },
      ],
    },
    {
      name: "an added 的",
      code: edit(huaian, "## 二、主动公开政府信息情况", "## 二、主动公开政府信息的情况"),
      errors: [{ messageId: "variant", line: 25, column: 1, message: "模板标题为“二、主动公开政府信息情况”", suggestions: ["二、主动公开政府信息情况"] }],
    },
    {
      name: "another enumerator",
      code: edit(huaian, "## 三、收到和处理政府信息公开申请情况", "## 3、收到和处理政府信息公开申请情况"),
      errors: [{ messageId: "variant", line: 43, column: 1, suggestions: ["三、收到和处理政府信息公开申请情况"] }],
    },
    {
      name: "a title bound only by its number",
      code: edit(huaian, "## 五、存在的主要问题及改进情况", "## 五、问题与下一步打算"),
      errors: [
        {
          messageId: "ordinal",
          line: 88,
          column: 1,
          message: "标题“五、问题与下一步打算”只有编号与模板一致，按编号视为第五部分“五、存在的主要问题及改进情况”。请改用模板标题。",
          suggestions: ["五、存在的主要问题及改进情况"],
        },
      ],
    },
    {
      name: "messages in English",
      locale: "en",
      code: edit(huaian, "## 四、政府信息公开行政复议、行政诉讼情况", "## 四、政府信息公开行政复议和行政诉讼情况"),
      errors: [
        {
          messageId: "variant",
          line: 80,
          column: 1,
          message: 'The heading "四、政府信息公开行政复议和行政诉讼情况" is another wording of part 4; the template\'s title is "四、政府信息公开行政复议、行政诉讼情况". Use the template\'s title.',
          suggestions: ["四、政府信息公开行政复议、行政诉讼情况"],
        },
      ],
    },
  ],
});

describe("section-title suggestion", () => {
  const options = { rules: { "section-title": "warn" as const } };
  const apply = (code: string): string => {
    const message = lint(code, options).messages.find((m) => m.ruleId === "section-title")!;
    return applyFixes(code, [message.suggestions![0]!.fix]).output;
  };

  it("replaces only the heading's text and keeps its markers", () => {
    const code = edit(huaian, "## 一、总体情况", "## 一、工作总体推进情况");
    expect(apply(code)).toBe(huaian);
  });

  it("keeps inline markup around the text", () => {
    const code = edit(huaian, "## 一、总体情况", "## **一、工作总体推进情况**");
    expect(apply(code)).toBe(edit(huaian, "## 一、总体情况", "## **一、总体情况**"));
  });
});
