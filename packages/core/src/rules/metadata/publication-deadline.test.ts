import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { lint } from "../../linter.ts";
import { RuleTester } from "../../testing/rule-tester.ts";
import { huaian } from "./test-support.ts";

/** Front matter with the title, issuer and publication date, then one section. Line 4 is `published:`. */
const report = (issuer: string, year: number, published: string): string =>
  [
    "---",
    `title: ${issuer}${year}年政府信息公开工作年度报告`,
    `issuer: ${issuer}`,
    `published: ${published}`,
    "---",
    "",
    "## 一、总体情况",
    "",
    "本年度工作情况如下。",
    "",
  ].join("\n");

new RuleTester().run("publication-deadline", {
  valid: [
    { name: "a real city-government report with no publication date", code: huaian },
    { name: "a department on 1月31日", code: report("淮安市财政局", 2024, "2025-01-31") },
    { name: "a city government's own report on 3月31日", code: report("淮安市人民政府", 2024, "2025-03-31") },
    { name: "a township on 1月31日", code: report("大寨乡人民政府", 2022, "2023-01-31") },
    { name: "a township with a configured local deadline", code: report("大寨乡人民政府", 2022, "2023-02-02"), options: { deadlines: { township: "02-20" } } },
    { name: "the first day after the statistics year", code: report("淮安市财政局", 2024, "2025-01-01") },
    { name: "no date, no finding", code: report("淮安市财政局", 2024, "").replace("published: \n", "") },
    { name: "no issuer level known: no deadline", code: "---\npublished: 2025-06-01\nyear: 2024\n---\n\n## 一、总体情况\n\n本年度工作情况如下。\n" },
  ],
  invalid: [
    {
      name: "the 大寨乡 seed: a township, 2 days after 2023-01-31",
      code: report("大寨乡人民政府", 2022, "2023-02-02"),
      errors: [
        {
          messageId: "late-township",
          line: 4,
          column: 12,
          endColumn: 22,
          message: "发布日期为 2023年2月2日，晚于乡镇、街道的发布期限 2023年1月31日，逾期 2 天。《条例》第四十九条未规定乡镇、街道的发布期限",
        },
      ],
    },
    {
      name: "a department one day late",
      code: report("淮安市财政局", 2024, "2025-02-01"),
      errors: [{ messageId: "late", line: 4, column: 12, message: "发布日期为 2025年2月1日，晚于政府部门的发布期限 2025年1月31日（《条例》第四十九条），逾期 1 天。" }],
    },
    {
      name: "the office of a government is a department: 1月31日",
      code: report("淮安市人民政府办公室", 2024, "2025-03-01"),
      errors: [{ messageId: "late", line: 4, column: 12, message: "逾期 29 天" }],
    },
    {
      name: "a county government's own report after 3月31日",
      code: report("某某县人民政府", 2023, "2024-04-02"),
      errors: [{ messageId: "late", line: 4, column: 12, message: "晚于县级以上地方人民政府的发布期限 2024年3月31日（《条例》第四十九条），逾期 2 天" }],
    },
    {
      name: "a sub-district office counts as a township",
      code: report("某某街道办事处", 2024, "2025-02-10"),
      errors: [{ messageId: "late-township", line: 4, column: 12, message: "逾期 10 天" }],
    },
    {
      name: "a configured department deadline is named as configured",
      code: report("淮安市财政局", 2024, "2025-01-25"),
      options: { deadlines: { department: "01-20" } },
      errors: [{ messageId: "late", line: 4, column: 12, message: "2025年1月20日（按配置），逾期 5 天" }],
    },
    {
      name: "a date before the statistics year ended",
      code: report("淮安市财政局", 2024, "2024-12-20"),
      errors: [{ messageId: "too-early", line: 4, column: 12, message: "发布日期为 2024年12月20日，早于统计年度 2024 年结束（2024年12月31日）" }],
    },
    {
      name: "a 发布日期 line in the text",
      code: "# 淮安市财政局2024年政府信息公开工作年度报告\n\n发布日期：2025-02-03\n\n## 一、总体情况\n\n本年度工作情况如下。\n",
      errors: [{ messageId: "late", line: 3, column: 1, endColumn: 16, message: "逾期 3 天" }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: report("大寨乡人民政府", 2022, "2023-02-02"),
      errors: [
        {
          messageId: "late-township",
          line: 4,
          column: 12,
          message:
            "The publication date is 2023-02-02, after the deadline for a township or sub-district, 2023-01-31: 2 days late. Article 49 of the Regulations names no deadline for townships",
        },
      ],
    },
  ],
});

it("names the date, the deadline, the level and the days late on the real 大寨乡 report", () => {
  const sample = readFileSync(join(import.meta.dirname, "../../../../../fixtures/samples/dazhai-2022.md"), "utf8");
  const [message] = lint(sample).messages.filter((m) => m.ruleId === "publication-deadline");
  expect(message?.message).toContain("发布日期为 2023年2月2日，晚于乡镇、街道的发布期限 2023年1月31日，逾期 2 天");
});
