import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../adapters/markdown.ts";
import { relationFailures } from "../arithmetic/relations.ts";
import { bindReport } from "../bind/bind-report.ts";
import { lint, lintAndFix } from "../linter.ts";
import { createProfileRegistry, DEFAULT_PROFILE_ID } from "./builtin.ts";
import type { Profile } from "./load.ts";
import { reportSkeleton, tableSkeleton } from "./skeleton.ts";

const registry = createProfileRegistry();

/** A report with every section of the profile and, under each, the skeletons of its tables. */
function reportOf(profile: Profile): string {
  const parts = ["# 某某县人民政府2024年政府信息公开工作年度报告", ""];
  for (const section of profile.sections) {
    parts.push(`## ${section.title}`, "");
    for (const table of profile.tables.filter((t) => t.def.section === section.key)) parts.push(tableSkeleton(table), "");
  }
  return parts.join("\n");
}

describe.each(["gov-annual-2021", "gov-annual-2019"])("tableSkeleton (%s)", (profileId) => {
  const profile = registry.get(profileId);
  const report = bindReport(parseMarkdown(reportOf(profile)), registry, { profile: profileId, defaultProfile: DEFAULT_PROFILE_ID });

  it.each(profile.tables.map((t) => [t.def.id] as const))("the skeleton of %s binds back with no shape problem", (id) => {
    const table = report.tables.find((t) => t.def.def.id === id)!;
    expect(table.sources).toHaveLength(1);
    expect(table.sectionKey).toBe(table.def.def.section);
    expect(table.problems.map((p) => p.kind)).toEqual([]);
    for (const block of table.blocks) {
      expect(block.found, block.def.def.key).toBe(true);
      expect(block.columns.map((c) => c.def.key)).toEqual(block.def.columns.map((c) => c.key));
      expect(block.rows.map((r) => r.def.key)).toEqual(block.def.rows.map((r) => r.key));
      const labels = [block.caption, ...block.columns.map((c) => c.header), ...block.rows.map((r) => r.label)].filter((l) => l !== undefined);
      expect(labels.filter((l) => l.level !== "exact").map((l) => l.text)).toEqual([]);
      for (const row of block.rows) {
        if (row.def.group) {
          expect(row.labelOnly, row.def.key).toBe(true);
          continue;
        }
        expect([...row.cells.values()].map((c) => (c.value.kind === "number" ? c.value.value : c.value.kind))).toEqual(block.def.columns.map(() => 0));
      }
    }
  });

  it("passes arithmetic and plausibility", () => {
    for (const table of report.tables) {
      expect([...relationFailures(table, "arithmetic")]).toEqual([]);
      expect([...relationFailures(table, "plausibility")]).toEqual([]);
    }
  });
});

describe("tableSkeleton layout", () => {
  const profile = registry.get("gov-annual-2021");
  const skeleton = (id: string): string[] => tableSkeleton(profile.tables.find((t) => t.def.id === id)!).split("\n");

  it("table 二 is one table: a caption row and a 信息内容 header row per block", () => {
    const lines = skeleton("T2");
    expect(lines.slice(0, 5)).toEqual([
      "| 第二十条第（一）项 | | | |",
      "|---|---:|---:|---:|",
      "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
      "| 规章 | 0 | 0 | 0 |",
      "| 行政规范性文件 | 0 | 0 | 0 |",
    ]);
    expect(lines.filter((l) => l.startsWith("| 第二十条"))).toHaveLength(4);
    expect(lines.at(-1)).toBe("| 行政事业性收费 | 0 | | |");
  });

  it("table 三 has one header row, bare group rows and leaf rows", () => {
    const lines = skeleton("T3");
    expect(lines[0]).toBe("| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |");
    expect(lines).toContain("| 三、本年度办理结果 | | | | | | | |");
    expect(lines).toContain("| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
    expect(lines).toHaveLength(2 + 30);
  });

  it("table 四 has three header rows over one row of 15 values", () => {
    const lines = skeleton("T4");
    expect(lines[0]).toBe("| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |");
    expect(lines[2]).toBe("| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |");
    expect(lines[3]).toBe(`| ${Array(3).fill("结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计").join(" | ")} |`);
    expect(lines[4]).toBe(`|${" 0 |".repeat(15)}`);
    expect(lines).toHaveLength(5);
  });
});

describe.each([
  ["gov-annual-2021", 2025],
  ["gov-annual-2019", 2020],
] as const)("reportSkeleton (%s, %i)", (profileId, year) => {
  const profile = registry.get(profileId);
  const text = reportSkeleton(profile, { issuer: "某某县人民政府", year });
  const counts = (messages: { ruleId: string | null }[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const m of messages) out[m.ruleId ?? "fatal"] = (out[m.ruleId ?? "fatal"] ?? 0) + 1;
    return out;
  };

  it("names the issuer and the year in the front matter, the title and the statistics period", () => {
    const title = `某某县人民政府${year}年政府信息公开工作年度报告`;
    expect(text.split("\n").slice(0, 7)).toEqual(["---", `title: ${title}`, "issuer: 某某县人民政府", `year: ${year}`, "---", "", `# ${title}`]);
    expect(text).toContain(`报告所列统计期限自${year}年1月1日至${year}年12月31日。`);
  });

  it("has every section in template order and every table once", () => {
    const report = bindReport(parseMarkdown(text), registry, { defaultProfile: DEFAULT_PROFILE_ID });
    expect(report.profile.id).toBe(profileId);
    expect(report.sectionHeadings.map((h) => h.def?.key)).toEqual(profile.sections.map((s) => s.key));
    expect(report.tables.map((t) => [t.def.def.id, t.sources.length, t.problems.length])).toEqual(profile.tables.map((t) => [t.def.id, 1, 0]));
  });

  it("lints with warnings only: the prose to write and the blank cells to fill in", () => {
    const { messages, errorCount } = lint(text);
    expect(errorCount).toBe(0);
    expect(Object.keys(counts(messages)).sort()).toEqual(["blank-cell", "section-substance", "section-topics"]);
  });

  it("once the blank cells are fixed to 0, only the prose is left", () => {
    const { result } = lintAndFix(text);
    expect(counts(result.messages)).toEqual({ "section-topics": 6, "section-substance": 1 });
  });

  it("quotes an issuer that YAML would not read as plain text", () => {
    expect(reportSkeleton(profile, { issuer: "#某某: 局", year }).split("\n")[2]).toBe('issuer: "#某某: 局"');
  });
});
