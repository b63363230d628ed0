import type { LintMessage } from "@reportlint/core";
import { describe, expect, it } from "vitest";
import { toResult } from "../results.ts";
import { githubSummary, SUMMARY_FINDINGS_PER_FILE } from "./github-summary.ts";
import { ALL, CLEAN, CWD } from "./test-support.ts";

const DOCS = "https://github.com/reportlint/reportlint/blob/main/docs/rules";

describe("githubSummary", () => {
  it("totals, counts by rule (most errors first) and each file's findings, in Chinese", () => {
    expect(githubSummary(ALL, { cwd: CWD, locale: "zh" })).toBe(
      [
        "## reportlint",
        "",
        "✖ 共 4 个问题（2 个错误，2 个警告），分布在 3 个文件中；共检查 4 个文件。",
        "",
        "| 规则 | 错误 | 警告 |",
        "| :-- | --: | --: |",
        `| [arithmetic](${DOCS}/arithmetic.md) | 1 | 0 |`,
        "| read-error | 1 | 0 |",
        `| [blank-cell](${DOCS}/blank-cell.md) | 0 | 1 |`,
        `| [table-labels](${DOCS}/table-labels.md) | 0 | 1 |`,
        "",
        "### `2024年/甲县报告.md`",
        "",
        "1 个错误，1 个警告",
        "",
        "| 位置 | 级别 | 规则 | 信息 |",
        "| :-- | :-- | :-- | :-- |",
        `| 77:11 | 错误 | [arithmetic](${DOCS}/arithmetic.md) | （七）总计·自然人 写的是 2930，但各项之和为 2932（R3：（七）总计等于各项办理结果之和）。请核对各项数字，或将其改为 2932。 |`,
        `| 130:12 | 警告 | [blank-cell](${DOCS}/blank-cell.md) | 规章·本年废止件数 是空白。无数据请填 0。 |`,
        "",
        "### `乙县.docx`",
        "",
        "0 个错误，1 个警告",
        "",
        "| 位置 | 级别 | 规则 | 信息 |",
        "| :-- | :-- | :-- | :-- |",
        `| 文档第2个表格 第27行第1列 | 警告 | [table-labels](${DOCS}/table-labels.md) | 行标签“规 章”应为“规章”。 |`,
        "",
        "### `locked.md`",
        "",
        "1 个错误，0 个警告",
        "",
        "| 位置 | 级别 | 规则 | 信息 |",
        "| :-- | :-- | :-- | :-- |",
        "| 整个文件 | 错误 | read-error | 无法读取此文件：permission denied。请检查路径、文件类型和读取权限。 |",
        "",
        "完整结果见 `--format json` 或 `--format sarif` 的输出。",
        "",
      ].join("\n"),
    );
  });

  it("in English; a clean run says so", () => {
    const en = githubSummary(ALL, { cwd: CWD, locale: "en" });
    expect(en.split("\n").slice(0, 6)).toEqual(["## reportlint", "", "✖ 4 problems (2 errors, 2 warnings) in 3 files; 4 files checked.", "", "| Rule | Errors | Warnings |", "| :-- | --: | --: |"]);
    expect(en).toContain("\n| Word table 2, row 27, column 1 | warning | [table-labels]");
    expect(en).toContain("\n| whole file | error | read-error |");
    expect(en.endsWith("\nThe complete results are in the output of `--format json` or `--format sarif`.\n")).toBe(true);
    expect(githubSummary([CLEAN], { cwd: CWD, locale: "zh" })).toBe("## reportlint\n\n✔ 未发现问题；共检查 1 个文件。\n");
    expect(githubSummary([CLEAN, CLEAN], { cwd: CWD, locale: "en" })).toBe("## reportlint\n\n✔ No problems; 2 files checked.\n");
  });

  it(`lists the first ${SUMMARY_FINDINGS_PER_FILE} findings of a file and counts the rest; escapes | and < in messages`, () => {
    const many: LintMessage[] = Array.from({ length: 13 }, (_, i) => ({ ruleId: "blank-cell", severity: 1, message: `第 ${i + 1} 格 a|b <i>`, messageId: "m", line: i + 1, column: 1, endLine: i + 1, endColumn: 1 }));
    const text = githubSummary([toResult(`${CWD}/many.md`, many)], { cwd: CWD, locale: "zh" });
    expect(text).toContain(`| 10:1 | 警告 | [blank-cell](${DOCS}/blank-cell.md) | 第 10 格 a\\|b &lt;i&gt; |\n\n另有 3 个问题未列出（每个文件只列出前 10 个）。\n`);
    expect(text).not.toContain("第 11 格");
  });

  it("stops listing files before the size limit and says how many were left out", () => {
    const files = Array.from({ length: 50 }, (_, i) => toResult(`${CWD}/f${i}.md`, [{ ruleId: "blank-cell", severity: 1, message: "空白".repeat(40), messageId: "m", line: 1, column: 1, endLine: 1, endColumn: 1 }]));
    const text = githubSummary(files, { cwd: CWD, locale: "en" }, 4000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4000);
    const listed = text.split("\n").filter((line) => line.startsWith("### ")).length;
    expect(listed).toBeGreaterThan(0);
    expect(text).toContain(`\n${50 - listed} more files with problems not listed (the summary has a size limit).\n`);
  });
});
