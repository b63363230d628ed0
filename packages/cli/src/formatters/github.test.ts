import { describe, expect, it } from "vitest";
import { toResult } from "../results.ts";
import { escapeData, escapeProperty, github } from "./github.ts";
import { ALL, CLEAN, CWD } from "./test-support.ts";

describe("github", () => {
  it("one workflow command per finding: error or warning, file relative to the working directory, range and rule in the title", () => {
    expect(github(ALL, { cwd: CWD, color: false, locale: "zh" })).toBe(
      [
        "::error file=2024年/甲县报告.md,line=77,col=11,endLine=77,endColumn=15,title=reportlint(arithmetic)::（七）总计·自然人 写的是 2930，但各项之和为 2932（R3：（七）总计等于各项办理结果之和）。请核对各项数字，或将其改为 2932。",
        "::warning file=2024年/甲县报告.md,line=130,col=12,endLine=130,endColumn=12,title=reportlint(blank-cell)::规章·本年废止件数 是空白。无数据请填 0。",
        "::warning file=乙县.docx,title=reportlint(table-labels)::文档第2个表格 第27行第1列：行标签“规 章”应为“规章”。",
        "::error file=locked.md,title=reportlint(read-error)::无法读取此文件：permission denied。请检查路径、文件类型和读取权限。",
        "",
      ].join("\n"),
    );
  });

  it("a .docx place in English; nothing at all for clean files", () => {
    expect(github(ALL, { cwd: CWD, color: false, locale: "en" }).split("\n")[2]).toBe(
      "::warning file=乙县.docx,title=reportlint(table-labels)::Word table 2, row 27, column 1: 行标签“规 章”应为“规章”。",
    );
    expect(github([CLEAN], { cwd: CWD, color: false, locale: "zh" })).toBe("");
  });

  it("escapes %, CR and LF in messages, and also : and , in property values", () => {
    expect(escapeData("50% a:b,c\r\nd")).toBe("50%25 a:b,c%0D%0Ad");
    expect(escapeProperty("50% a:b,c\r\nd")).toBe("50%25 a%3Ab%2Cc%0D%0Ad");
    const odd = toResult(`${CWD}/a,b:c%.md`, [{ ruleId: "cell-value", severity: 2, message: "100% 错\n了", messageId: "m", line: 1, column: 2, endLine: 1, endColumn: 3 }]);
    expect(github([odd], { cwd: CWD, color: false, locale: "zh" })).toBe("::error file=a%2Cb%3Ac%25.md,line=1,col=2,endLine=1,endColumn=3,title=reportlint(cell-value)::100%25 错 了\n");
  });

  it("standard input without a name: no file property", () => {
    const stdin = toResult("<text>", [{ ruleId: "cell-value", severity: 1, message: "x", messageId: "m", line: 4, column: 2, endLine: 4, endColumn: 3 }]);
    expect(github([stdin], { cwd: CWD, color: false, locale: "zh" })).toBe("::warning title=reportlint(cell-value)::x\n");
  });
});
