import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../adapters/markdown.ts";
import { createProfileRegistry, DEFAULT_PROFILE_ID } from "../profiles/builtin.ts";
import { detectProfile } from "./detect.ts";

const samples = join(import.meta.dirname, "../../../../fixtures/samples");
const registry = createProfileRegistry();
const detect = (markdown: string, year?: number, forced?: string) => detectProfile(parseMarkdown(markdown), registry, DEFAULT_PROFILE_ID, year, forced);
const sample = (name: string): string => readFileSync(join(samples, name), "utf8");

const T2_2021 = [
  "| 第二十条第（一）项 | | | |",
  "|---|---|---|---|",
  "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
  "| 规章 | 0 | 0 | 0 |",
  "| 行政规范性文件 | 2 | 1 | 14 |",
  "| 第二十条第（五）项 | | | |",
  "| 信息内容 | 本年处理决定数量 | | |",
  "| 行政许可 | 120 | | |",
].join("\n");
const T2_2019 = [
  "| 第二十条第（一）项 | | | |",
  "|---|---|---|---|",
  "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
  "| 规章 | 0 | 0 | 0 |",
  "| 规范性文件 | 2 | 2 | 14 |",
  "| 第二十条第（九）项 | | | |",
  "| 信息内容 | 采购项目数量 | 采购总金额 | |",
  "| 政府集中采购 | 3 | 51000 | |",
].join("\n");
const T3_2021_OTHER = [
  "| 申请人情况 | 自然人 | 总计 |",
  "|---|---|---|",
  "| （六）其他处理 | | |",
  "| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 |",
  "| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 |",
  "| 3.其他 | 0 | 0 |",
].join("\n");

describe("detectProfile", () => {
  it("a 2021-format report is detected by its labels", () => {
    expect(detect(sample("huaian-2024.md"), 2024)).toMatchObject({ profileId: "gov-annual-2021", by: "signals", mixed: [] });
  });

  it("a 2019-format report is detected by its labels", () => {
    expect(detect(sample("gov-2019-format.md"), 2020)).toMatchObject({ profileId: "gov-annual-2019", by: "signals", mixed: [] });
  });

  it("labels win over the year: a 2022 report written in the 2019 format is still the 2019 format", () => {
    expect(detect(T2_2019, 2022)).toMatchObject({ profileId: "gov-annual-2019", by: "signals" });
    expect(detect(T2_2021, 2020)).toMatchObject({ profileId: "gov-annual-2021", by: "signals" });
  });

  it("labels are compared normalised (half-width brackets, spaces)", () => {
    expect(detect(T2_2019.replace("本年新制作数量", "本年 新制作 数量").replace("第二十条第（九）项", "第二十条第(九)项"))).toMatchObject({ profileId: "gov-annual-2019", by: "signals" });
  });

  it("without tables, the statistics year decides", () => {
    const text = "# 某局政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n";
    expect(detect(text, 2019)).toMatchObject({ profileId: "gov-annual-2019", by: "year" });
    expect(detect(text, 2020)).toMatchObject({ profileId: "gov-annual-2019", by: "year" });
    expect(detect(text, 2021)).toMatchObject({ profileId: "gov-annual-2021", by: "year" });
    expect(detect(text, 2025)).toMatchObject({ profileId: "gov-annual-2021", by: "year" });
  });

  it("without tables or a year in range, the default profile", () => {
    const text = "# 某局政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n";
    expect(detect(text)).toMatchObject({ profileId: DEFAULT_PROFILE_ID, by: "default" });
    expect(detect(text, 2015)).toMatchObject({ profileId: DEFAULT_PROFILE_ID, by: "default" });
  });

  it("the year is reached through bindReport from the title", async () => {
    const { bindMarkdown } = await import("./test-support.ts");
    expect(bindMarkdown("# 某局2020年政府信息公开工作年度报告\n\n## 一、总体情况\n\n正文。\n").detection).toMatchObject({ profileId: "gov-annual-2019", by: "year" });
  });

  it("a mixed template: 2019 table 二 with the 2021 （六） sub-rows in table 三", () => {
    const result = detect(`${T2_2019}\n\n${T3_2021_OTHER}\n`, 2020);
    expect(result).toMatchObject({ profileId: "gov-annual-2019", by: "signals", mixed: [{ table: "T3", profileId: "gov-annual-2021" }] });
  });

  it("as many signals for each template: the year breaks the tie", () => {
    const table = "| 信息内容 | 本年制发件数 | 本年新制作数量 |\n|---|---|---|\n| 规章 | 0 | 0 |\n";
    expect(detect(table, 2020)).toMatchObject({ profileId: "gov-annual-2019", by: "signals" });
    expect(detect(table, 2023)).toMatchObject({ profileId: "gov-annual-2021", by: "signals" });
  });

  it("a forced profile is used whatever the labels say; tables that all agree on another template are not mixed", () => {
    expect(detect(sample("huaian-2024.md"), 2024, "gov-annual-2019")).toMatchObject({ profileId: "gov-annual-2019", by: "forced", mixed: [] });
  });
});
