import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bindMarkdown, boundTable } from "./test-support.ts";

const TITLES = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];
const KEYS = ["overview", "proactive", "requests", "review", "problems", "other"];

function report(headings: string[], body = (i: number) => `第${i + 1}部分的正文。`): string {
  return ["# 某县某局2024年政府信息公开工作年度报告", "", "本报告的前言。", "", ...headings.flatMap((h, i) => [h, "", body(i), ""])].join("\n");
}

/** section key → [heading title, match level] */
function bound(markdown: string): Record<string, [string | undefined, string | undefined]> {
  return Object.fromEntries(bindMarkdown(markdown).sections.map((s) => [s.def.key, [s.heading?.title, s.heading?.match]]));
}

describe("bindSections", () => {
  it("binds the six template titles exactly, with their content and the preamble", () => {
    const result = bindMarkdown(report(TITLES.map((t) => `## ${t}`)));
    expect(result.sections.map((s) => [s.def.key, s.heading?.title, s.heading?.match, s.blocks.length])).toEqual(
      KEYS.map((k, i) => [k, TITLES[i], "exact", 1]),
    );
    expect(result.sections[0]!.blocks[0]!.kind).toBe("paragraph");
    const preamble = result.sections[0]!.range!.start;
    expect(result.document.source.slice(0, preamble)).toContain("本报告的前言。");
  });

  it("tolerates width, spaces and half-width enumerators in a title (still exact)", () => {
    const titles = ["一、 总体情况", "二、主动公开 政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议,行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];
    const result = bound(report(titles.map((t) => `## ${t}`)));
    expect(Object.values(result).map(([, level]) => level)).toEqual(Array(6).fill("exact"));
  });

  it("binds known variant titles and an added 的 as variants", () => {
    const titles = [
      "一、工作总体推进情况",
      "二、主动公开政府信息的情况",
      "三、收到和处理政府信息公开申请的情况",
      "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
      "五、存在的主要问题及改进的情况",
      "六、其他需要报告的事项",
    ];
    const result = bound(report(titles.map((t) => `## ${t}`)));
    expect(result).toEqual({
      overview: [titles[0], "variant"],
      proactive: [titles[1], "variant"],
      requests: [titles[2], "variant"],
      review: [titles[3], "variant"],
      problems: [titles[4], "variant"],
      other: [titles[5], "exact"],
    });
  });

  it("binds an unknown title by its ordinal", () => {
    const titles = [...TITLES];
    titles[3] = "四、复议诉讼";
    expect(bound(report(titles.map((t) => `## ${t}`))).review).toEqual(["四、复议诉讼", "ordinal"]);
  });

  it("reads titles written as short paragraphs without heading markup", () => {
    const result = bound(report(TITLES));
    expect(Object.values(result).map(([title]) => title)).toEqual(TITLES);
  });

  it("reads titles written in bold paragraphs", () => {
    const result = bound(report(TITLES.map((t) => `**${t}**`)));
    expect(Object.values(result).map(([title]) => title)).toEqual(TITLES);
  });

  it("does not take a long numbered paragraph for a title", () => {
    const markdown = report(TITLES.map((t) => `## ${t}`), (i) => (i === 0 ? "二、关于主动公开，本年度共发布信息412条。" : "正文。"));
    const result = bindMarkdown(markdown);
    expect(result.sections.find((s) => s.def.key === "overview")!.blocks).toHaveLength(1);
    expect(result.sectionHeadings.map((h) => h.title)).toEqual(TITLES);
  });

  it("ignores numbered sub-headings below the section level", () => {
    const body = (i: number): string => (i === 0 ? "### （一）主动公开\n\n正文。\n\n### 二、依申请公开\n\n正文。" : "正文。");
    const result = bindMarkdown(report(TITLES.map((t) => `## ${t}`), body));
    expect(result.sectionHeadings.map((h) => h.title)).toEqual(TITLES);
    expect(result.sections[0]!.blocks.map((b) => (b.kind === "table" ? "table" : b.content.text))).toEqual(["（一）主动公开", "正文。", "二、依申请公开", "正文。"]);
  });

  it("uses the level most sections use, whatever it is", () => {
    const result = bound(report(TITLES.map((t) => `### ${t}`)));
    expect(Object.values(result).map(([, level]) => level)).toEqual(Array(6).fill("exact"));
  });

  it("marks a second heading for a section as a duplicate; its content belongs to no section", () => {
    const headings = [...TITLES.slice(0, 3).map((t) => `## ${t}`), "## 三、收到和处理政府信息公开申请情况", ...TITLES.slice(3).map((t) => `## ${t}`)];
    const result = bindMarkdown(report(headings, (i) => `正文${i}。`));
    expect(result.sectionHeadings.map((h) => Boolean(h.duplicate))).toEqual([false, false, false, true, false, false, false]);
    const requests = result.sections.find((s) => s.def.key === "requests")!;
    expect(requests.blocks.map((b) => (b.kind === "table" ? "" : b.content.text))).toEqual(["正文2。"]);
  });

  it("leaves a missing section without heading", () => {
    const result = bound(report(TITLES.filter((_, i) => i !== 4).map((t) => `## ${t}`)));
    expect(result.problems).toEqual([undefined, undefined]);
    expect(result.other).toEqual([TITLES[5], "exact"]);
  });

  it("puts each table in the section it sits under", () => {
    const huaian = readFileSync(join(import.meta.dirname, "../../../../fixtures/samples/huaian-2024.md"), "utf8");
    const result = bindMarkdown(huaian);
    expect(["T2", "T3", "T4"].map((id) => boundTable(result, id).sectionKey)).toEqual(["proactive", "requests", "review"]);
  });
});
