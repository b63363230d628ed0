import { describe, expect, it } from "vitest";
import { internalError, lint } from "./linter.ts";

describe("internal failures", () => {
  it("are one fatal finding at the start of the document, in either language", () => {
    expect(internalError("bind", new Error("boom"), "zh")).toEqual({
      ruleId: null,
      severity: 2,
      message: "reportlint 内部错误（bind）：boom。检查结果不完整，请报告此问题。",
      messageId: "internal-error",
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      fatal: true,
    });
    expect(internalError("arithmetic", "odd", "en").message).toBe("reportlint failed internally (arithmetic): odd. The findings are incomplete; please report this.");
  });

  it("end a lint that the input makes fail, instead of throwing: HTML nested thousands deep overflows the parser's stack", () => {
    const { messages } = lint("<div>".repeat(20000), { format: "html" });
    expect(messages.map((m) => [m.messageId, m.line, m.column, m.fatal])).toEqual([["internal-error", 1, 1, true]]);
    expect(messages[0]!.message).toBe("reportlint 内部错误（parse）：Maximum call stack size exceeded。检查结果不完整，请报告此问题。");
  });
});
