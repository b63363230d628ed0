import { RuleTester } from "../../testing/rule-tester.ts";
import { huaian } from "./test-support.ts";

/** A short report: front matter lines, then a section whose first paragraph states the period. */
const report = (frontMatter: string[], period: string, heading = ""): string =>
  [
    ...(frontMatter.length ? ["---", ...frontMatter, "---", ""] : []),
    ...(heading ? [heading, ""] : []),
    "## 一、总体情况",
    "",
    `本报告${period}。`,
    "",
  ].join("\n");
const TITLE_2024 = "title: 某某市财政局2024年政府信息公开工作年度报告";
const PERIOD_2024 = "统计期限自2024年1月1日至2024年12月31日";

new RuleTester().run("report-year", {
  valid: [
    { name: "a real report: title, year and period agree", code: huaian },
    { name: "title, front matter and period agree", code: report([TITLE_2024, "year: 2024"], PERIOD_2024) },
    { name: "the period written 起…止 with the second year left out", code: report([TITLE_2024], "统计期限为2024年1月1日起至12月31日止") },
    { name: "no period stated", code: report([TITLE_2024, "year: 2024"], "统计数据截至年底") },
    { name: "only a period", code: report([], PERIOD_2024) },
  ],
  invalid: [
    {
      name: "the front matter's year disagrees with the title: on the later one, the year",
      code: report([TITLE_2024, "year: 2023"], PERIOD_2024),
      errors: [{ messageId: "title-vs-front-matter", line: 3, column: 7, endColumn: 11, message: "标题写的是 2024 年，文首元数据 year 写的是 2023 年" }],
    },
    {
      name: "the title in the heading comes after the front matter's year: on the title's year",
      code: report(["year: 2023"], PERIOD_2024, "# 某某市财政局2024年政府信息公开工作年度报告"),
      // The period agrees with the title, which is the statistics year: one finding.
      errors: [{ messageId: "title-vs-front-matter", line: 5, column: 9, endColumn: 13 }],
    },
    {
      name: "the period disagrees with the title: on the period",
      code: report([TITLE_2024], "统计期限自2023年1月1日至2023年12月31日"),
      errors: [{ messageId: "period-vs-title", line: 7, column: 9, message: "统计期限为自2023年1月1日至2023年12月31日，与标题中的 2024 年不一致" }],
    },
    {
      name: "title and front matter agree, the period does not: one finding, against the title",
      code: report([TITLE_2024, "year: 2024"], "统计期限自2023年1月1日至2023年12月31日"),
      errors: [{ messageId: "period-vs-title", line: 8, column: 9 }],
    },
    {
      name: "no title: the period disagrees with the front matter's year",
      code: report(["year: 2024"], "统计期限自2023年1月1日至2023年12月31日"),
      errors: [{ messageId: "period-vs-front-matter", line: 7, column: 9, message: "与文首元数据 year 的 2024 年不一致" }],
    },
    {
      name: "a period over two years",
      code: report([TITLE_2024], "统计期限自2023年1月1日至2024年12月31日"),
      errors: [{ messageId: "period-not-one-year", line: 7, column: 9, message: "应为一个完整的自然年度，即自2024年1月1日至2024年12月31日" }],
    },
    {
      name: "a period that is not a whole year, and of another year than the title",
      code: report([TITLE_2024], "统计期限为2023年1月1日至2023年11月30日"),
      errors: [
        { messageId: "period-not-one-year", line: 7, column: 9, message: "统计期限为自2023年1月1日至2023年11月30日，应为一个完整的自然年度" },
        { messageId: "period-vs-title", line: 7, column: 9 },
      ],
    },
    {
      name: "three disagreeing values give two findings",
      code: report([TITLE_2024, "year: 2023"], "统计期限自2022年1月1日至2022年12月31日"),
      errors: [
        { messageId: "title-vs-front-matter", line: 3, column: 7 },
        { messageId: "period-vs-title", line: 8, column: 9 },
      ],
    },
    {
      name: "messages in English",
      locale: "en",
      code: report([TITLE_2024], "统计期限自2023年1月1日至2023年12月31日"),
      errors: [{ messageId: "period-vs-title", line: 7, column: 9, message: "The statistics period is 2023-01-01 to 2023-12-31, which does not match the year 2024 in the title" }],
    },
  ],
});
