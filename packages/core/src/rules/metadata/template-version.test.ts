import { describe, expect, it } from "vitest";
import { lint } from "../../linter.ts";
import { BUILTIN_PROFILE_DEFINITIONS } from "../../profiles/builtin.ts";
import { ProfileRegistry } from "../../profiles/load.ts";
import { builtinRules } from "../index.ts";
import { RuleTester } from "../../testing/rule-tester.ts";
import { edit, huaian, huaianOf, with2019T2, with2019T3 } from "./test-support.ts";

/** The huaian report without front matter: the title year is then the heading's. */
const noFrontMatter = (text: string): string => text.slice(text.indexOf("# "));

new RuleTester().run("template-version", {
  valid: [
    { name: "a 2024 report in the 2021 format", code: huaian },
    { name: "a 2021 report in the 2021 format", code: huaianOf(2021) },
    { name: "a 2020 report in the 2019 trial format", code: with2019T3(with2019T2(huaianOf(2020))) },
    { name: "a 2019 report in the 2019 trial format", code: with2019T3(with2019T2(huaianOf(2019))) },
    { name: "no year anywhere: nothing to compare", code: edit(edit(huaian, /2024/gu, "本"), "year: 本\n", "") },
    {
      name: "no template labels: the profile was chosen by year, so nothing says which template the report follows",
      code: "# 某某局2020年政府信息公开工作年度报告\n\n## 一、总体情况\n\n本年度无表格。\n",
    },
  ],
  invalid: [
    {
      name: "a 2022 report with the 2019 tables: on the title year",
      code: with2019T3(with2019T2(huaianOf(2022))),
      errors: [{ messageId: "wrong-template", line: 2, column: 15, endLine: 2, endColumn: 19, message: "统计年度为 2022 年，应采用“政府信息公开工作年度报告（2021年格式）”，但报告的表格采用的是“政府信息公开工作年度报告（2019年试行格式）”（适用于 2019—2020 年）" }],
    },
    {
      name: "a 2020 report with the 2021 tables, title year in the heading",
      code: noFrontMatter(huaianOf(2020)),
      errors: [{ messageId: "wrong-template", line: 1, column: 10, endColumn: 14, message: "应采用“政府信息公开工作年度报告（2019年试行格式）”" }],
    },
    {
      name: "a 2017 report with the 2021 tables calls for the old format",
      code: huaianOf(2017),
      errors: [{ messageId: "wrong-template", line: 2, column: 15, message: "统计年度为 2017 年，应采用2019 年以前的旧格式" }],
    },
    {
      name: "a forced profile is still checked",
      code: huaian,
      profile: "gov-annual-2019",
      errors: [{ messageId: "wrong-template", line: 2, column: 15, message: "应采用“政府信息公开工作年度报告（2021年格式）”" }],
    },
    {
      name: "no title year: on the first row of the first table",
      code: edit(noFrontMatter(huaianOf(2022)), "# 淮安市人民政府2022年政府信息公开工作年度报告", "# 淮安市人民政府政府信息公开工作年度报告"),
      profile: "gov-annual-2019",
      errors: [{ messageId: "wrong-template", line: 21, column: 1 }],
    },
    {
      name: "messages in English",
      locale: "en",
      code: with2019T3(with2019T2(huaianOf(2023))),
      errors: [
        {
          messageId: "wrong-template",
          line: 2,
          column: 15,
          message:
            'The statistics year is 2023, which calls for "Government information disclosure annual report (2021 format)", but the report\'s tables follow "Government information disclosure annual report (2019 trial format)" (for 2019–2020).',
        },
      ],
    },
  ],
});

describe("with profiles of one's own", () => {
  /** The built-in profiles, the 2021 one limited to 2021–2025. */
  const registry = new ProfileRegistry(
    BUILTIN_PROFILE_DEFINITIONS.map((def) => {
      const d = def as { id: string };
      return d.id === "gov-annual-2021" ? { ...d, years: { from: 2021, to: 2025 } } : def;
    }),
  );
  const run = (code: string) =>
    lint(code, { registry, rules: Object.fromEntries([...builtinRules.keys()].map((id) => [id, id === "template-version" ? "error" : "off"])) }).messages;

  it("a year no profile is for: no-template", () => {
    const [message, ...rest] = run(huaianOf(2027));
    expect(rest).toEqual([]);
    expect(message).toMatchObject({ messageId: "no-template", line: 2, column: 15 });
    expect(message!.message).toContain("统计年度为 2027 年，没有哪个已知模板适用于该年度，而报告的表格采用的是“政府信息公开工作年度报告（2021年格式）”（适用于 2021—2025 年）");
  });

  it("a year inside the profile's range is fine", () => {
    expect(run(huaianOf(2025))).toEqual([]);
  });
});
