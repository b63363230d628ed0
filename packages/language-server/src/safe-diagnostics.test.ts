import { describe, expect, it } from "vitest";
import { safeDiagnostics } from "./safe-diagnostics.ts";

describe("safeDiagnostics", () => {
  it("passes the diagnostics of an analysis through", () => {
    const logged: string[] = [];
    expect(safeDiagnostics(() => [], "zh", (t) => logged.push(t))).toEqual([]);
    expect(safeDiagnostics(() => undefined, "zh", (t) => logged.push(t))).toBeUndefined();
    expect(logged).toEqual([]);
  });

  it("turns a failing analysis into the one internal-error diagnostic at 0:0, and logs the stack", () => {
    const logged: string[] = [];
    const failing = (): never => {
      throw new RangeError("Maximum call stack size exceeded");
    };
    expect(safeDiagnostics(failing, "zh", (t) => logged.push(t))).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        source: "reportlint",
        code: "internal-error",
        message: "reportlint 内部错误（analysis）：Maximum call stack size exceeded。检查结果不完整，请报告此问题。",
      },
    ]);
    expect(safeDiagnostics(failing, "en", () => {})?.[0]?.message).toBe("reportlint failed internally (analysis): Maximum call stack size exceeded. The findings are incomplete; please report this.");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^reportlint: linting failed: RangeError: Maximum call stack size exceeded\n {4}at failing /u);
  });
});
