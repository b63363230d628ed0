import { RuleTester } from "../../testing/rule-tester.ts";
import { dazhai, edit, huaian, sample, withBody, withoutSection } from "./test-support.ts";

const dazhaiFirst = "(一)主动公开。";

new RuleTester().run("section-topics", {
  valid: [
    { name: "a real report covering every topic and the fee", code: huaian },
    { name: "table 三 with three label columns", code: sample("huaian-2024-three-label-columns.md") },
    { name: "a topic can be ignored", code: dazhai, options: { ignore: ["on-request"] } },
    {
      name: "spaces, full-width or not, inside the words do not matter",
      code: edit(dazhai, dazhaiFirst, `本年度未收到依　申\n请公开的事项。\n\n${dazhaiFirst}`),
    },
    { name: "a sub-heading counts as text of the section", code: edit(dazhai, dazhaiFirst, `### （二）依申请公开\n\n${dazhaiFirst}`) },
    { name: "a missing section is left to required-sections", code: withoutSection(dazhai, "一、") },
    { name: "a fee statement saying none was charged", code: withBody(huaian, "六、", "本年度未收取信息处理费。") },
  ],
  invalid: [
    {
      name: "section 一 of a real report never mentions 依申请公开",
      code: dazhai,
      errors: [
        {
          messageId: "missing-topic",
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 10,
          message: "第一部分“一、总体情况”没有提到“依申请公开”。模板要求这一部分涵盖依申请公开方面的情况，请补充相关内容。",
        },
      ],
    },
    {
      name: "section 六 silent on the 信息处理费",
      code: withBody(huaian, "六、", "本年度无其他需要报告的事项。"),
      errors: [
        {
          messageId: "missing-fee",
          line: 94,
          column: 1,
          message: "第六部分“六、其他需要报告的事项”未说明信息处理费的收取情况（收取金额，或未收取）。请补充说明，如“本年度未收取信息处理费”。",
        },
      ],
    },
    {
      name: "an empty section 一 misses all five topics",
      code: withBody(huaian, "一、", ""),
      errors: [
        { messageId: "missing-topic", line: 11, column: 1, message: "没有提到“主动公开”" },
        { messageId: "missing-topic", line: 11, column: 1, message: "没有提到“依申请公开”" },
        { messageId: "missing-topic", line: 11, column: 1, message: "没有提到“政府信息管理”" },
        { messageId: "missing-topic", line: 11, column: 1, message: "没有提到“政府信息公开平台建设”" },
        { messageId: "missing-topic", line: 11, column: 1, message: "没有提到“监督保障”" },
      ],
    },
    {
      name: "ignore leaves the other topics checked",
      options: { ignore: ["proactive", "on-request", "management", "platforms"] },
      code: withBody(huaian, "一、", ""),
      errors: [{ messageId: "missing-topic", line: 11, column: 1, message: "没有提到“监督保障”" }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: withBody(huaian, "六、", "无。"),
      errors: [
        {
          messageId: "missing-fee",
          line: 94,
          column: 1,
          message: 'Part 6, "六、其他需要报告的事项", does not say whether information processing fees were charged (the amount, or that none were). Add a sentence stating it.',
        },
      ],
    },
  ],
});
