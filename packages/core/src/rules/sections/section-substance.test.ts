import { RuleTester } from "../../testing/rule-tester.ts";
import { dazhai, huaian, sample, withBody, withoutSection } from "./test-support.ts";

new RuleTester().run("section-substance", {
  valid: [
    { name: "a real report's section 五", code: huaian },
    { name: "table 三 with three label columns", code: sample("huaian-2024-three-label-columns.md") },
    { name: "a township report", code: dazhai },
    { name: "a short section passes a lower minLength", code: withBody(huaian, "五、", "今年没有发现明显问题。"), options: { minLength: 10 } },
    { name: "a missing section is left to required-sections", code: withoutSection(huaian, "五、") },
    { name: "sections not marked substantive may be brief", code: withBody(huaian, "四、", "无。") },
  ],
  invalid: [
    {
      name: "nothing under the heading",
      code: withBody(huaian, "五、", ""),
      errors: [
        {
          messageId: "empty",
          line: 88,
          column: 1,
          endLine: 88,
          endColumn: 18,
          message: "第五部分“五、存在的主要问题及改进情况”下没有任何内容。这一部分须写明实际情况，请补充。",
        },
      ],
    },
    {
      name: "only 无",
      code: withBody(huaian, "五、", "无。"),
      errors: [{ messageId: "none", line: 88, column: 1, message: "第五部分“五、存在的主要问题及改进情况”只写了“无。”。这一部分须写明实际情况，不能只写“无”，请补充具体内容。" }],
    },
    {
      name: "only 暂无, under a sub-heading",
      code: withBody(huaian, "五、", "### 暂无"),
      errors: [{ messageId: "none", line: 88, column: 1, message: "只写了“暂无”" }],
    },
    {
      name: "only 没有, whatever the punctuation",
      code: withBody(huaian, "五、", "没有 ！"),
      errors: [{ messageId: "none", line: 88, column: 1 }],
    },
    {
      name: "a sentence too short to say anything",
      code: withBody(huaian, "五、", "今年没有发现明显问题。"),
      errors: [{ messageId: "short", line: 88, column: 1, message: "只有 10 个字，少于 30 个字，内容过于简略。请写明具体情况。" }],
    },
    {
      name: "minLength can be raised",
      options: { minLength: 1000 },
      code: huaian,
      errors: [{ messageId: "short", line: 88, column: 1, message: "少于 1000 个字" }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: withBody(huaian, "五、", "无"),
      errors: [
        {
          messageId: "none",
          line: 88,
          column: 1,
          message: 'Part 5, "五、存在的主要问题及改进情况", only says "无". It must describe the actual situation, not just say there is nothing; fill it in.',
        },
      ],
    },
  ],
});
