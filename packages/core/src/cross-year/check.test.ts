import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "../linter.ts";
import { checkAcrossYears, type YearFile } from "./check.ts";
import { factCells, FIGURE_STRIDE, normalizeIssuer } from "./facts.ts";

const dir = join(import.meta.dirname, "..", "..", "..", "..", "fixtures", "cross-year");
const read = (name: string): string => readFileSync(join(dir, name), "utf8");
const file = (path: string, text: string, rules = {}): YearFile => {
  const { facts } = lint(text, { rules });
  if (!facts) throw new Error(`${path}: no facts`);
  return { path, facts };
};
const brief = (found: Map<string, { ruleId: string | null; severity: number; line: number; column: number; message: string }[]>) =>
  Object.fromEntries([...found].map(([path, messages]) => [path, messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`)]));

describe("yearFacts", () => {
  it("reads issuer, year and the carried-over rows of the sample report", () => {
    const { facts } = lint(read("match/huaian-2024.md"));
    expect(facts?.issuer).toBe("淮安市人民政府");
    expect(facts?.year).toBe(2024);
    const cells = factCells(facts!);
    const values = (prefix: string) => Object.fromEntries([...cells].filter(([k]) => k.startsWith(prefix)).map(([k, c]) => [k.slice(prefix.length), c.value]));
    expect(values("carriedIn.")).toEqual({ natural: 34, commercial: 0, research: 0, welfare: 0, legal: 0, other_org: 0, total: 34 });
    expect(values("carriedOut.")).toEqual({ natural: 103, commercial: 0, research: 0, welfare: 0, legal: 0, other_org: 0, total: 103 });
    expect(cells.get("carriedIn.natural")).toMatchObject({ line: 50, column: 22, name: { zh: "二、上年结转政府信息公开申请数量·自然人" } });
    expect(cells.get("inForce.normative.valid")).toMatchObject({ value: 66, line: 31, column: 22 });
  });

  it("packs the figures in a layout the reports of one template share; a cell without a number has none", () => {
    const a = lint(read("match/huaian-2024.md")).facts!;
    const b = lint(read("match/huaian-2023.md")).facts!;
    expect(a.keys).toBe(b.keys);
    expect(a.names).toBe(b.names);
    expect(a.figures.split(",")).toHaveLength(a.keys.length * FIGURE_STRIDE);
    expect(a.keys).toHaveLength(7 + 7 + 2 * 3);
    const blank = lint(read("match/huaian-2024.md").replace("| 二、上年结转政府信息公开申请数量 | 34 |", "| 二、上年结转政府信息公开申请数量 | 三十四 |")).facts!;
    expect(factCells(blank).has("carriedIn.natural")).toBe(false);
    expect(factCells(blank).get("carriedIn.total")?.value).toBe(34);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a); // the cache keeps facts as JSON
  });

  it("has no facts when both cross-year rules are off", () => {
    expect(lint(read("match/huaian-2024.md"), { rules: { "cross-year-carryover": "off", "cross-year-in-force": "off" } }).facts).toBeUndefined();
  });

  it("folds the issuer's spelling", () => {
    expect(normalizeIssuer(" 淮安市 人民政府 ")).toBe("淮安市人民政府");
    expect(normalizeIssuer("淮安市人民政府（办公室）")).toBe("淮安市人民政府(办公室)");
  });
});

describe("checkAcrossYears", () => {
  it("finds nothing when last year's 结转下年度 and 现行有效件数 agree", () => {
    expect(checkAcrossYears([file("a/huaian-2023.md", read("match/huaian-2023.md")), file("a/huaian-2024.md", read("match/huaian-2024.md"))], "zh").size).toBe(0);
  });

  it("reports R8 column by column and R9 on this year's cells, naming last year's file and line", () => {
    const found = checkAcrossYears([file("m/huaian-2024.md", read("mismatch/huaian-2024.md")), file("m/huaian-2023.md", read("mismatch/huaian-2023.md"))], "zh");
    expect(brief(found)).toEqual({ "m/huaian-2024.md": ["31:22 1 cross-year-in-force", "50:22 2 cross-year-carryover", "50:47 2 cross-year-carryover"] });
    const [inForce, natural] = found.get("m/huaian-2024.md")!;
    expect(natural!.message).toBe(
      "二、上年结转政府信息公开申请数量·自然人 写的是 34，应等于上年报告 m/huaian-2023.md 第 78 行“四、结转下年度继续办理”同一列的 30（R8：本年上年结转等于上年结转下年度继续办理）。",
    );
    expect(inForce!.message).toBe(
      "行政规范性文件·现行有效件数 写的是 66，按上年报告 m/huaian-2023.md 第 31 行的现行有效件数 80 加本年制发件数 8 减本年废止件数 26，应为 62（R9）。修改、清理可能使其不成立，请核对。",
    );
    expect(natural).toMatchObject({ endLine: 50, endColumn: 24, messageId: "mismatch" });
  });

  it("speaks English", () => {
    const found = checkAcrossYears([file("m/huaian-2023.md", read("mismatch/huaian-2023.md")), file("m/huaian-2024.md", read("mismatch/huaian-2024.md"))], "en");
    expect(found.get("m/huaian-2024.md")![1]!.message).toBe(
      "二、上年结转政府信息公开申请数量·自然人 is 34; it should equal 30, the carried-out figure in the same column of last year's report m/huaian-2023.md (line 78) (R8: carried in this year equals carried out last year).",
    );
  });

  it("warns about two reports of one issuer and year on both, and pairs only the first by path", () => {
    const found = checkAcrossYears(
      [file("b.md", read("mismatch/huaian-2024.md")), file("a.md", read("match/huaian-2024.md")), file("last.md", read("match/huaian-2023.md"))],
      "zh",
    );
    expect(brief(found)).toEqual({ "a.md": ["4:7 1 cross-year-carryover"], "b.md": ["4:7 1 cross-year-carryover"] });
    expect(found.get("b.md")![0]!.message).toBe("本报告与 a.md（第 4 行）是同一机关（淮安市人民政府）同一年度（2024）的报告；跨年度核对只用其中按路径排序在前的一份，请删去重复的一份。");
  });

  it("says nothing of duplicates with duplicates: false, and still pairs only the first by path", () => {
    const files = [file("b.md", read("match/huaian-2024.md")), file("a.md", read("mismatch/huaian-2024.md")), file("last.md", read("mismatch/huaian-2023.md"))];
    expect(brief(checkAcrossYears(files, "zh", { duplicates: false }))).toEqual({ "a.md": ["31:22 1 cross-year-in-force", "50:22 2 cross-year-carryover", "50:47 2 cross-year-carryover"] });
  });

  it("follows each file's severity: R9 off, R8 as a warning", () => {
    const rules = { "cross-year-in-force": "off", "cross-year-carryover": "warn" };
    const found = checkAcrossYears([file("m/huaian-2023.md", read("mismatch/huaian-2023.md")), file("m/huaian-2024.md", read("mismatch/huaian-2024.md"), rules)], "zh");
    expect(brief(found)).toEqual({ "m/huaian-2024.md": ["50:22 1 cross-year-carryover", "50:47 1 cross-year-carryover"] });
  });

  it("does not pair reports two years apart or of different issuers", () => {
    const other = read("mismatch/huaian-2023.md").replaceAll("淮安市人民政府", "宿迁市人民政府");
    const skipped = read("mismatch/huaian-2023.md").replaceAll("2023", "2022");
    expect(checkAcrossYears([file("x.md", other), file("y.md", read("mismatch/huaian-2024.md")), file("z.md", skipped)], "zh").size).toBe(0);
  });
});
