import { describe, expect, it } from "vitest";
import { auditHtml } from "./html.ts";
import { buildAudit, type AuditInput } from "./model.ts";
import { auditText } from "./text.ts";

const msg = (ruleId: string | null, severity: 1 | 2, line: number, column: number, message = "m") => ({ ruleId, messageId: ruleId ?? "read-error", severity, message, line, column });
const inputs: AuditInput[] = [
  { file: "a/clean-2023.md", messages: [], facts: { issuerText: "甲市人民政府", year: 2023 } },
  { file: "a/warn-2024.md", messages: [msg("blank-cell", 1, 30, 12), msg("blank-cell", 1, 31, 12)], facts: { issuerText: "甲市人民政府", year: 2024 } },
  { file: "b/bad-2024.md", messages: [msg("arithmetic", 2, 77, 11), msg("blank-cell", 1, 30, 12)], facts: { issuerText: "乙县<script>", year: 2024 } },
  { file: "c/unreadable.md", messages: [msg(null, 2, 1, 1, "cannot read")] },
];

describe("buildAudit", () => {
  const model = buildAudit(inputs);

  it("counts by rule (most first), by issuer and by year (unknown last)", () => {
    expect(model.totals).toEqual({ files: 4, errors: 2, warnings: 3, filesWithErrors: 2, filesWithWarningsOnly: 1, clean: 1 });
    expect(model.byRule).toEqual([
      { key: "blank-cell", files: 2, errors: 0, warnings: 3 },
      { key: "arithmetic", files: 1, errors: 1, warnings: 0 },
      { key: "read-error", files: 1, errors: 1, warnings: 0 },
    ]);
    expect(model.byIssuer).toEqual([
      { key: "乙县<script>", files: 1, errors: 1, warnings: 1 },
      { key: "甲市人民政府", files: 2, errors: 0, warnings: 2 },
      { key: "", files: 1, errors: 1, warnings: 0 },
    ]);
    expect(model.byYear).toEqual([
      { key: "2023", files: 1, errors: 0, warnings: 0 },
      { key: "2024", files: 2, errors: 1, warnings: 3 },
      { key: "", files: 1, errors: 1, warnings: 0 },
    ]);
  });

  it("puts the worst reports first: errors, then warnings, then path", () => {
    expect(model.reports.map((r) => [r.file, r.errors, r.warnings])).toEqual([
      ["b/bad-2024.md", 1, 1],
      ["c/unreadable.md", 1, 0],
      ["a/warn-2024.md", 0, 2],
      ["a/clean-2023.md", 0, 0],
    ]);
    expect(model.reports[0]!.findings[0]).toEqual({ rule: "arithmetic", severity: "error", line: 77, column: 11, message: "m" });
  });

  it("prints a short summary", () => {
    expect(auditText(model, "en")).toBe(
      [
        "reportlint audit: 4 reports: 2 errors, 3 warnings; 2 with errors, 1 clean.",
        "",
        "By rule:",
        "  blank-cell  0 errors, 3 warnings",
        "  arithmetic  1 error, 0 warnings",
        "  read-error  1 error, 0 warnings",
        "",
        "By issuing body:",
        "  乙县<script>  1 error, 1 warning",
        "  甲市人民政府  0 errors, 2 warnings",
        "  (unknown)  1 error, 0 warnings",
        "",
        "By year:",
        "  2023  0 errors, 0 warnings",
        "  2024  1 error, 3 warnings",
        "  (unknown)  1 error, 0 warnings",
        "",
        "Reports with the most findings:",
        "  b/bad-2024.md  1 error, 1 warning",
        "  c/unreadable.md  1 error, 0 warnings",
        "  a/warn-2024.md  0 errors, 2 warnings",
        "",
      ].join("\n"),
    );
  });
});

describe("auditHtml", () => {
  const html = auditHtml(buildAudit(inputs), "zh");

  it("escapes what comes from the reports and refers to nothing outside the page", () => {
    expect(html).not.toContain("乙县<script>");
    expect(html).toContain("乙县&lt;script&gt;");
    expect(html).not.toMatch(/\b(?:src|href)="(?!#)/u);
    expect(html).not.toMatch(/@import|url\(/u);
  });

  it("has a bar per rule, issuer and year, and a finding row with file and place", () => {
    const bars = (id: string) => html.slice(html.indexOf(`<figure id="${id}"`), html.indexOf("</figure>", html.indexOf(`<figure id="${id}"`))).match(/<g class="bar"/gu)?.length;
    expect([bars("by-rule"), bars("by-issuer"), bars("by-year")]).toEqual([3, 3, 3]);
    expect(html).toContain('<tr class="finding error"><td class="file">b/bad-2024.md</td><td class="place">77:11</td><td class="severity">错误</td><td class="rule">arithmetic</td><td class="message">m</td></tr>');
    expect(html).toContain('<html lang="zh-CN">');
  });
});
