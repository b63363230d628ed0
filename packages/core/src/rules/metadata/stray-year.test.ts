import { describe, expect, it } from "vitest";
import { RuleTester } from "../../testing/rule-tester.ts";
import { strayYearsIn } from "./stray-year.ts";
import { edit, huaian } from "./test-support.ts";

/** A 2024 report whose section 一 holds `body`, on line 11. */
const report = (body: string, period = "本报告统计期限自2024年1月1日至2024年12月31日。"): string =>
  [
    "---",
    "title: 某某市财政局2024年政府信息公开工作年度报告",
    "---",
    "",
    "# 某某市财政局2024年政府信息公开工作年度报告",
    "",
    period,
    "",
    "## 一、总体情况",
    "",
    body,
    "",
  ].join("\n");

new RuleTester().run("stray-year", {
  valid: [
    { name: "the huaian report", code: huaian },
    { name: "the statistics year and the next", code: report("2024年，我局主动公开信息120条。2025年，我局将进一步加强政务公开工作。") },
    { name: "a comparison", code: report("全年受理申请34件，较2023年增加5件，与2022年相比减少2件。") },
    { name: "the period sentence is report-year's business", code: report("正文。", "本报告统计期限自2023年1月1日至2023年12月31日，由本局编制。") },
    { name: "a title that names another year is report-year's business", code: report("正文。").replace("# 某某市财政局2024年", "# 某某市财政局2023年") },
  ],
  invalid: [
    {
      name: "a sentence left over from last year's report: on the year",
      code: report("2023年，我局主动公开政府信息120条。"),
      errors: [{ messageId: "stray", line: 11, column: 1, endLine: 11, endColumn: 5, message: "正文写有 2023 年，既不是统计年度 2024 年，也不是其次年 2025 年" }],
    },
    {
      name: "two stray years in one paragraph, one excused comparison",
      code: report("截至2023年底，全市共有政务新媒体95个，较2022年增加3个；2022年新增2个。"),
      errors: [
        { messageId: "stray", line: 11, column: 3 },
        { messageId: "stray", line: 11, column: 34 },
      ],
    },
    {
      name: "a year in a subsection heading",
      code: report("### （一）2023年主动公开情况\n\n本年度主动公开信息120条。"),
      errors: [{ messageId: "stray", line: 11, column: 8 }],
    },
    {
      name: "the huaian report with one year left over",
      code: edit(huaian, "（一）主动公开情况。2024年，", "（一）主动公开情况。2023年，"),
      errors: [{ messageId: "stray", line: 15, column: 11, endColumn: 15 }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: report("2022年，我局主动公开政府信息120条。"),
      errors: [{ messageId: "stray", line: 11, column: 1, message: "The body mentions 2022, which is neither the statistics year 2024 nor the next year 2025" }],
    },
  ],
});

describe("strayYearsIn (statistics year 2024)", () => {
  const years = (text: string): string[] => strayYearsIn(text, 2024).map((at) => text.slice(at, at + 4));

  it.each([
    "2024年，全市共受理政府信息公开申请3119件。",
    "2025年，我局将继续加强政策解读。",
    "全年受理申请较2023年增加34件。",
    "与2023年相比，主动公开数量增长10%。",
    "同2022年相比有所下降。",
    "比2023年同期增长5%。",
    "依申请公开数量为2023年同期的两倍。",
    "相较于2023年，答复更加及时。",
    "自2019年新修订的《条例》施行以来，我局持续推进。",
    "从2020年开始推行“一网通办”。",
    "2021年以来累计公开信息5000条。",
    "2019年起实施政务公开标准化。",
    "依据《中华人民共和国政府信息公开条例》（2019年4月3日国务院令第711号修订）编制。",
    "根据《条例》（2019年修订）第五十条规定。",
    "严格执行《2022年全省政务公开工作要点》。",
    "荣获“2023年度全省政务公开优秀单位”称号。",
    "按照国办公开办函〔2021〕30号文件要求，采用2021年格式编制。",
    "采用2021年版年报格式。",
    "含2023年结转申请34件。",
    "针对2023年度报告中指出的问题，逐项整改。",
    "对2023年政府信息公开工作年度报告的不足进行了改进。",
    "2023年发现的问题已全部整改到位。",
    "“十四五”规划（2021—2025年）实施情况。",
    "2023年12月至2024年3月开展专项检查。",
    "到2035年基本建成法治政府。",
    "到2027年实现全覆盖。",
  ])("excuses %s", (text) => {
    expect(years(text)).toEqual([]);
  });

  it.each([
    ["2023年，我局主动公开政府信息120条。", ["2023"]],
    ["截至2023年底，全市共有政务新媒体95个。", ["2023"]],
    ["2022年1月至2022年12月开展专项检查。", ["2022", "2022"]],
    ["我局于2023年3月召开专题会议。", ["2023"]],
    ["2023年发现的问题，将在下一年度解决。", ["2023"]],
    ["2021年问题整改情况。", ["2021"]],
    ["共发布2023年度政务信息120条。", ["2023"]],
  ])("reports %s", (text, expected) => {
    expect(years(text)).toEqual(expected);
  });
});
