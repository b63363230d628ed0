import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run, workspace } from "./helpers.ts";

const fixture = (name: string): string => readFileSync(join(ROOT, "fixtures", "cross-year", name), "utf8");

interface JsonResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  messages: { ruleId: string; severity: number; line: number; column: number; message: string }[];
}
const crossYear = (stdout: string, cwd: string): Record<string, string[]> =>
  Object.fromEntries(
    (JSON.parse(stdout) as JsonResult[]).map((r) => [
      r.filePath.slice(cwd.length + 1),
      r.messages.filter((m) => m.ruleId?.startsWith("cross-year")).map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`),
    ]),
  );

describe("cross-year checks in bulk runs", () => {
  it("finds nothing when the two years agree", () => {
    const cwd = workspace({ "reports/huaian-2023.md": fixture("match/huaian-2023.md"), "reports/huaian-2024.md": fixture("match/huaian-2024.md") });
    const r = run(["--format", "json", "reports"], { cwd });
    expect(r.code).toBe(0);
    expect(crossYear(r.stdout, cwd)).toEqual({ "reports/huaian-2023.md": [], "reports/huaian-2024.md": [] });
  });

  it("reports R8 and R9 on this year's cells, naming last year's file and line", () => {
    const cwd = workspace({ "reports/huaian-2023.md": fixture("mismatch/huaian-2023.md"), "reports/huaian-2024.md": fixture("mismatch/huaian-2024.md") });
    const r = run(["--format", "json", "reports"], { cwd });
    expect(r.code).toBe(1);
    const other = "reports/huaian-2023.md";
    expect(crossYear(r.stdout, cwd)).toEqual({
      "reports/huaian-2023.md": [],
      "reports/huaian-2024.md": [
        `31:22 1 cross-year-in-force 行政规范性文件·现行有效件数 写的是 66，按上年报告 ${other} 第 31 行的现行有效件数 80 加本年制发件数 8 减本年废止件数 26，应为 62（R9）。修改、清理可能使其不成立，请核对。`,
        `50:22 2 cross-year-carryover 二、上年结转政府信息公开申请数量·自然人 写的是 34，应等于上年报告 ${other} 第 78 行“四、结转下年度继续办理”同一列的 30（R8：本年上年结转等于上年结转下年度继续办理）。`,
        `50:47 2 cross-year-carryover 二、上年结转政府信息公开申请数量·总计 写的是 34，应等于上年报告 ${other} 第 78 行“四、结转下年度继续办理”同一列的 30（R8：本年上年结转等于上年结转下年度继续办理）。`,
      ],
    });
    const counts = (JSON.parse(r.stdout) as JsonResult[]).map((x) => [x.errorCount, x.warningCount]);
    expect(counts).toEqual([[0, 0], [2, 1]]);
  });

  it("shows them in stylish too, and --no-cross-year turns them off", () => {
    const cwd = workspace({ "huaian-2023.md": fixture("mismatch/huaian-2023.md"), "huaian-2024.md": fixture("mismatch/huaian-2024.md") });
    const stylish = run(["huaian-2023.md", "huaian-2024.md"], { cwd });
    expect(stylish.stdout).toContain("  50:22  error    二、上年结转政府信息公开申请数量·自然人 写的是 34");
    const off = run(["--no-cross-year", "huaian-2023.md", "huaian-2024.md"], { cwd });
    expect(off.code).toBe(0);
    expect(off.stdout).toBe("");
  });

  it("works the same on worker threads", () => {
    const cwd = workspace({ "a/huaian-2023.md": fixture("mismatch/huaian-2023.md"), "b/huaian-2024.md": fixture("mismatch/huaian-2024.md") });
    const r = run(["--format", "json", "--concurrency", "2", "a", "b"], { cwd });
    expect(crossYear(r.stdout, cwd)["b/huaian-2024.md"]!.map((m) => m.split(" ").slice(0, 3).join(" "))).toEqual(["31:22 1 cross-year-in-force", "50:22 2 cross-year-carryover", "50:47 2 cross-year-carryover"]);
  });

  it("does not warn about copies of one report (the audit does)", () => {
    const cwd = workspace({ "a.md": fixture("match/huaian-2024.md"), "b.md": fixture("match/huaian-2024.md") });
    expect(run(["a.md", "b.md"], { cwd })).toMatchObject({ code: 0, stdout: "" });
  });

  it("does not run on a single file", () => {
    const cwd = workspace({ "huaian-2024.md": fixture("mismatch/huaian-2024.md") });
    expect(run(["huaian-2024.md"], { cwd }).code).toBe(0);
  });
});
