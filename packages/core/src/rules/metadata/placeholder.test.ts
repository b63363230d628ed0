import { describe, expect, it } from "vitest";
import { RuleTester } from "../../testing/rule-tester.ts";
import { blankCounts } from "./placeholder.ts";
import { edit, huaian } from "./test-support.ts";

/** A report whose section 一 holds `body`, on line 5. */
const report = (body: string): string => ["# 某某市财政局2024年政府信息公开工作年度报告", "", "## 一、总体情况", "", body, ""].join("\n");

new RuleTester().run("placeholder", {
  valid: [
    { name: "the huaian report", code: huaian },
    { name: "counts written in digits and in Chinese numerals", code: report("2024年主动公开信息120条，共受理申请十二件，召开发布会两场，发布信息5500余条。") },
    { name: "determiners and nouns that end in a measure word", code: report("坚持“一事一审”，逐条核对，各项工作有序推进，该条规定已废止，这件事已办结，公开文件。") },
  ],
  invalid: [
    {
      name: "E8: a count left as blank space (定西 2020): on the measure word",
      code: report("2020年主动公开信息  条，其中政策解读12篇。"),
      errors: [{ messageId: "missing", line: 5, column: 14, endColumn: 15, message: "“公开信息  条”中“条”前缺少数字" }],
    },
    {
      name: "共受理申请件 and 发布信息条",
      code: report("全年共受理申请件，均按时答复。在政府网站发布信息条。"),
      errors: [
        { messageId: "missing", line: 5, column: 8 },
        { messageId: "missing", line: 5, column: 25 },
      ],
    },
    {
      name: "in the huaian report",
      code: edit(huaian, "新闻发布会12场", "新闻发布会  场"),
      errors: [{ messageId: "missing", line: 15, column: 219, message: "“发布会  场”中“场”前缺少数字" }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: report("共制发规范性文件  件。"),
      errors: [{ messageId: "missing", line: 5, column: 11, message: 'In "共制发规范性文件  件" the number before "件" is missing' }],
    },
  ],
});

describe("blankCounts", () => {
  const gaps = (text: string): string[] => blankCounts(text).map((g) => g.phrase);

  it.each([
    "坚持“先审查、后公开”“一事一审”工作原则。",
    "对申请逐条核对，逐件审核，逐项落实。",
    "推动各项工作落实，各个单位积极配合。",
    "该条规定已经废止，这件事已经办结，此项工作按期完成。",
    "严格落实《中华人民共和国政府信息公开条例》各项规定。",
    "依据《条例》第二十条规定公开。",
    "受理条件、办理时限均已公开。",
    "公开发布各项政策文件。",
    "共制发规范性文件3件，废止2件。",
    "发布信息5500余条，制作政策解读21个。",
    "召开新闻发布会12场，制作《淮安市人民政府公报》6期。",
    "受理申请十二件，召开会议两次，开展培训数场。",
    "公开政府信息若干条。",
    "受理群众来件，处理投诉举报事件，办理行政复议案件。",
    "公开办事指南等事项。",
    "公开内容涵盖市场监管、现场检查。",
    "持续开展专项整治，做到件件有回音。",
    "发布信息条数逐年增加，本年制发件数为0。",
    "定期更新，均按期答复。",
    "处理期间暂停计算。",
    "开展政务公开培训，组织召开会议。",
    "累计发放宣传资料1000余份，为群众提供法律咨询200余人次。",
    "“12345”政府热线综合平台共受理咨询投诉4件次。",
    "新媒体共计 95\n个，在省办检查中合格率100%。",
    "共享个人信息，共同推进公共场所建设。",
    "办理人大代表建议和政协提案。",
    "发布首条，公开头条。",
  ])("accepts %s", (text) => {
    expect(gaps(text)).toEqual([]);
  });

  it.each([
    ["2020年主动公开信息  条，", ["公开信息  条"]],
    ["共受理申请件。", ["共受理申请件"]],
    ["发布信息条。", ["发布信息条"]],
    ["全年累计发布政务信息条，政策解读篇。", ["累计发布政务信息条"]],
    ["制作《公报》期。", ["制作《公报》期"]],
    ["受理咨询投诉件次，按期答复率100%。", ["受理咨询投诉件"]],
    ["召开新闻发布会　场。", ["召开新闻发布会　场"]],
    ["共计 个。", ["共计 个"]],
    ["开展培训 次，组织演练 场。", ["开展培训 次", "组织演练 场"]],
  ])("reports %s", (text, expected) => {
    expect(gaps(text)).toEqual(expected);
  });
});
