import { describe, expect, it } from "vitest";
import { toResult } from "../results.ts";
import { stylish } from "./stylish.ts";
import { ALL, CLEAN, CWD } from "./test-support.ts";

describe("stylish", () => {
  it("pads the position and severity columns and puts the rule id two spaces after a long message", () => {
    expect(stylish(ALL, { cwd: CWD, color: false, locale: "zh" })).toBe(
      [
        "",
        "2024年/甲县报告.md",
        "   77:11  error    （七）总计·自然人 写的是 2930，但各项之和为 2932（R3：（七）总计等于各项办理结果之和）。请核对各项数字，或将其改为 2932。  arithmetic",
        "  130:12  warning  规章·本年废止件数 是空白。无数据请填 0。  blank-cell",
        "",
        "乙县.docx",
        "  文档第2个表格 第27行第1列  warning  行标签“规 章”应为“规章”。  table-labels",
        "",
        "locked.md",
        "  1:1  error  无法读取此文件：permission denied。请检查路径、文件类型和读取权限。",
        "",
        "✖ 共 4 个问题（2 个错误，2 个警告）",
        "  其中 0 个错误和 1 个警告可用 --fix 选项自动修复。",
        "",
        "",
      ].join("\n"),
    );
  });

  it("no line carries trailing spaces, however long the longest message is", () => {
    const long = toResult(`${CWD}/long.md`, [
      { ruleId: "arithmetic", severity: 2, message: "很长的消息".repeat(60), messageId: "m", line: 1, column: 1, endLine: 1, endColumn: 2 },
      { ruleId: "blank-cell", severity: 1, message: "短", messageId: "m", line: 2, column: 1, endLine: 2, endColumn: 2 },
    ]);
    const out = stylish([long], { cwd: CWD, color: false, locale: "zh" });
    expect(out.split("\n").filter((line) => / $/u.test(line))).toEqual([]);
    expect(out).toContain("\n  2:1  warning  短  blank-cell\n");
  });

  it("aligns the rule ids when every message of the file is short, counting Chinese as two columns", () => {
    const short = toResult(`${CWD}/short.md`, [
      { ruleId: "blank-cell", severity: 1, message: "规章 是空白。", messageId: "m", line: 9, column: 12, endLine: 9, endColumn: 12 },
      { ruleId: "cell-value", severity: 2, message: "not a number", messageId: "m", line: 10, column: 3, endLine: 10, endColumn: 5 },
    ]);
    expect(stylish([short], { cwd: CWD, color: false, locale: "en" })).toBe(
      [
        "",
        "short.md",
        "   9:12  warning  规章 是空白。  blank-cell",
        "  10:3   error    not a number   cell-value", // 规章 是空白。 is 13 columns wide
        "",
        "✖ 2 problems (1 error, 1 warning)",
        "",
        "",
      ].join("\n"),
    );
  });

  it("prints nothing when there is nothing to report", () => {
    expect(stylish([CLEAN], { cwd: CWD, color: false, locale: "zh" })).toBe("");
  });
});
