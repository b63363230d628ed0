import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run, workspace } from "./helpers.ts";

const fixture = (name: string): string => readFileSync(join(ROOT, "fixtures", name), "utf8");
const files = {
  "r/huaian-2023.md": fixture("cross-year/mismatch/huaian-2023.md"),
  "r/huaian-2024.md": fixture("cross-year/mismatch/huaian-2024.md"),
  "r/later/huaian-2024.md": fixture("cross-year/match/huaian-2024.md"),
  "r/dazhai-2022.md": fixture("samples/dazhai-2022.md"),
};

describe("reportlint audit", () => {
  it("prints a short summary, with the cross-year checks and duplicates", () => {
    const cwd = workspace(files);
    const r = run(["audit", "--locale", "en", "r"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(
      [
        "reportlint audit: 4 reports: 2 errors, 5 warnings; 1 with errors, 1 clean.",
        "",
        "By rule:",
        "  cross-year-carryover  2 errors, 2 warnings",
        "  cross-year-in-force  0 errors, 1 warning",
        "  publication-deadline  0 errors, 1 warning",
        "  section-topics  0 errors, 1 warning",
        "",
        "By issuing body:",
        "  淮安市人民政府  2 errors, 3 warnings",
        "  大寨乡人民政府  0 errors, 2 warnings",
        "",
        "By year:",
        "  2022  0 errors, 2 warnings",
        "  2023  0 errors, 0 warnings",
        "  2024  2 errors, 3 warnings",
        "",
        "Reports with the most findings:",
        "  r/huaian-2024.md  2 errors, 2 warnings",
        "  r/dazhai-2022.md  0 errors, 2 warnings",
        "  r/later/huaian-2024.md  0 errors, 1 warning",
        "",
      ].join("\n"),
    );
  });

  it("gives the whole model as JSON, and writes the page with --html", () => {
    const cwd = workspace(files);
    const r = run(["audit", "r", "--format", "json", "--html", "out/audit.html"], { cwd });
    expect(r.stderr).toBe("reportlint: 审查页面已写入 out/audit.html\n");
    const model = JSON.parse(r.stdout) as { totals: unknown; reports: { file: string; issuer: string; year: number; findings: { rule: string; line: number; column: number; severity: string; message: string }[] }[] };
    expect(model.totals).toEqual({ files: 4, errors: 2, warnings: 5, filesWithErrors: 1, filesWithWarningsOnly: 2, clean: 1 });
    const worst = model.reports[0]!;
    expect([worst.file, worst.issuer, worst.year]).toEqual(["r/huaian-2024.md", "淮安市人民政府", 2024]);
    expect(worst.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}`)).toEqual([
      "4:7 warning cross-year-carryover",
      "31:22 warning cross-year-in-force",
      "50:22 error cross-year-carryover",
      "50:47 error cross-year-carryover",
    ]);
    expect(worst.findings[0]!.message).toBe("本报告与 r/later/huaian-2024.md（第 4 行）是同一机关（淮安市人民政府）同一年度（2024）的报告；跨年度核对只用其中按路径排序在前的一份，请删去重复的一份。");
    const html = readFileSync(join(cwd, "out", "audit.html"), "utf8");
    expect(html).toContain('<td class="file">r/huaian-2024.md</td><td class="place">50:22</td><td class="severity">错误</td><td class="rule">cross-year-carryover</td>');
  });

  it("needs at least one directory", () => {
    const r = run(["audit"], { cwd: workspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("reportlint: missing required argument 'dirs'\n");
  });
});
