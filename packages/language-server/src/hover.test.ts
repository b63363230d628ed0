import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { Analyzer } from "./analysis.ts";
import { hover } from "./hover.ts";
import { DEFAULT_CONTEXT } from "./lint-context.ts";

const CORRECT = readFileSync(join(import.meta.dirname, "..", "..", "..", "fixtures", "samples", "huaian-2024.md"), "utf8");
/** （七）总计·自然人 written 2930 instead of 2932, at 0-based 76:10. */
const WRONG = CORRECT.replace("| （七）总计 | 2932 |", "| （七）总计 | 2930 |");

function hoverAt(text: string, line: number, character: number, en = false): string | undefined {
  const document = TextDocument.create("file:///r/report.md", "markdown", 1, text);
  const analysis = new Analyzer(() => DEFAULT_CONTEXT).analyze(document)!;
  const result = hover(document, analysis, document.offsetAt({ line, character }), en);
  return result ? (result.contents as { value: string }).value : undefined;
}

describe("hover", () => {
  it("lists the relations of a cell, computed against written, with the operand's target named", () => {
    const lines = hoverAt(WRONG, 76, 11)!.split("\n");
    expect(lines.slice(0, 8)).toEqual([
      "**收到和处理政府信息公开申请情况** · （七）总计 · 自然人",
      "",
      "数值: 2930",
      "",
      "勾稽关系：",
      "- R1 第一项加第二项之和等于第三项加第四项之和：计算 2932，填写 2930 ✗",
      "- R2 总计等于各类申请人之和：（七）总计·总计 计算 3048，填写 3050 ✗",
      "- R3 （七）总计等于各项办理结果之和：计算 2932，填写 2930 ✗",
    ]);
    expect(lines.slice(8).filter((l) => l.endsWith("(arithmetic)"))).toHaveLength(2);
  });

  it("speaks English, and shows a plausibility bound with its comparison", () => {
    const wrong = hoverAt(WRONG, 76, 11, true)!.split("\n");
    expect(wrong.slice(4, 8)).toEqual([
      "Relations:",
      "- R1 new plus carried in equals resolved plus carried out: computed 2932, written 2930 ✗",
      "- R2 the total equals the sum over applicants: （七）总计·总计 computed 3048, written 3050 ✗",
      "- R3 （七）总计 equals the sum of the results: computed 2932, written 2930 ✗",
    ]);
    const line = CORRECT.split("\n").findIndex((l) => l.startsWith("| 规章 |"));
    const valid = CORRECT.split("\n")[line]!.lastIndexOf("11");
    expect(hoverAt(CORRECT, line, valid)!.split("\n").slice(4)).toEqual(["勾稽关系：", "- R10 现行有效件数不少于本年制发件数减本年废止件数：填写 11，应 ≥ 计算 1 ✓"]);
  });

  it("names a blank target as blank, counted as 0", () => {
    const blank = CORRECT.replace("| 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 | 25 |", "| 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 |  |");
    const line = blank.split("\n").findIndex((l) => l.startsWith("| 2.重复申请 |"));
    const character = blank.split("\n")[line]!.length - 2;
    expect(hoverAt(blank, line, character)!.split("\n").slice(2, 7)).toEqual(["数值: 空白（空），按 0 计", "", "勾稽关系：", "- R2 总计等于各类申请人之和：计算 25，填写 空白（按 0 计） ✗", "- R3 （七）总计等于各项办理结果之和：（七）总计·总计 计算 3025，填写 3050 ✗"]);
  });

  it("gives an exact label its place in the template: section, row, column", () => {
    expect(hoverAt(CORRECT, 10, 4)).toBe("模板：部分 `overview`");
    const resolved = CORRECT.split("\n").findIndex((l) => l.startsWith("| （七）总计 |"));
    expect(hoverAt(CORRECT, resolved, 4)).toBe("模板：T3 · 行 `resolved`");
    expect(hoverAt(CORRECT, resolved, 4, true)).toBe("Template: T3 · row `resolved`");
    const header = CORRECT.split("\n").findIndex((l) => l.includes("| 本年制发件数 |"));
    expect(hoverAt(CORRECT, header, CORRECT.split("\n")[header]!.indexOf("本年制发件数") + 1)).toBe("模板：T2 · 列 `issued`");
  });
});
