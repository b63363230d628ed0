import { describe, expect, it } from "vitest";
import { internalError, lint } from "./linter.ts";
import type { ProfileRegistry } from "./profiles/load.ts";
import { edit } from "./rules/tables/test-support.ts";

describe("internal failures", () => {
  it("are one fatal finding at the start of the document, in either language", () => {
    expect(internalError("bind", new Error("boom"), "zh")).toEqual({
      ruleId: null,
      severity: 2,
      message: "reportlint 内部错误（bind）：boom。检查结果不完整，请报告此问题。",
      messageId: "internal-error",
      data: { where: "bind", reason: "boom" },
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      fatal: true,
    });
    expect(internalError("arithmetic", "odd", "en").message).toBe("reportlint failed internally (arithmetic): odd. The findings are incomplete; please report this.");
  });

  it("end a lint that fails inside, instead of throwing (a failure injected through the profile registry)", () => {
    const registry = {
      all: () => {
        throw new RangeError("Maximum call stack size exceeded");
      },
    } as unknown as ProfileRegistry;
    const { messages } = lint("# 报告", { registry });
    expect(messages.map((m) => [m.messageId, m.line, m.column, m.fatal])).toEqual([["internal-error", 1, 1, true]]);
    expect(messages[0]!.message).toBe("reportlint 内部错误（parse）：Maximum call stack size exceeded。检查结果不完整，请报告此问题。");
  });

  it("HTML nested thousands deep no longer overflows the parser's stack: it is read, with one warning where it gets too deep", () => {
    const { messages } = lint("<div>".repeat(20000), { format: "html" });
    // The parser implies <html> and <body> (depths 1 and 2): the 511th div, at depth 513, is the first whose content is flattened.
    expect(messages.filter((m) => m.ruleId === null).map((m) => [m.messageId, m.line, m.column, m.severity])).toEqual([["html-too-deep", 1, 1 + 5 * 510, 1]]);
  });
});

describe("a finding's data", () => {
  it("is the values its message was filled in with, the same in either language; a message without values has none", () => {
    const blank = edit(["| 规章 | 1 | 0 | 11 |", "| 规章 | 1 |  | 11 |"]);
    const finding = (locale: "zh" | "en") => lint(blank, { locale }).messages.find((m) => m.ruleId === "blank-cell")!;
    const zh = finding("zh");
    expect([zh.ruleId, zh.messageId, zh.line, zh.column]).toEqual(["blank-cell", "blank", 30, 12]);
    expect(zh.data).toEqual({ cell: "规章·本年废止件数", written: { zh: "空白", en: "blank" } });
    expect(zh.message).toBe("规章·本年废止件数 是空白，没有数字；核对算术时按 0 计（R7）。无数据请填 0。");
    const en = finding("en");
    expect(en.data).toEqual(zh.data);
    expect(en.message).not.toBe(zh.message);
    expect(lint("").messages[0]).not.toHaveProperty("data"); // empty-document takes no values
  });
});
