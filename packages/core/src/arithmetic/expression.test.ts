import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { compare, compileComparison, evaluate, ExpressionError, references, type ExpressionScope } from "./expression.ts";

/** Rows in template order; g1 and g2 are group rows, which ranges skip. */
const scope: ExpressionScope = { order: ["a", "b", "g1", "c", "d", "g2", "e", "total"], inRange: (id) => !id.startsWith("g") };
const values: Record<string, number> = { a: 1, b: 2, g1: 100, c: 3, d: 4, g2: 1000, e: 5, total: 15 };
const lookup = (id: string): number | undefined => values[id];

function right(source: string, at: Record<string, number | undefined> = values): number | undefined {
  return evaluate(compileComparison(source, scope).right, (id) => at[id]);
}

function errorOf(source: string): { message: string; at: number } {
  try {
    compileComparison(source, scope);
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError);
    return { message: (error as ExpressionError).message, at: (error as ExpressionError).at };
  }
  throw new Error(`"${source}" compiled`);
}

describe("compileComparison and evaluate", () => {
  it("* and / bind tighter than + and -, left to right", () => {
    expect(right("total == a + b * c")).toBe(7);
    expect(right("total == d - b - a")).toBe(1);
    expect(right("total == d / b * c")).toBe(6);
    expect(right("total == (a + b) * c")).toBe(9);
    expect(right("total == -a + b")).toBe(1);
    expect(right("total == - (a + b) * 2")).toBe(-6);
    expect(right("total == 2.5 * b")).toBe(5);
  });

  it("parses every comparison operator", () => {
    for (const op of ["==", "<=", ">=", "<", ">"] as const) expect(compileComparison(`total ${op} a`, scope).op).toBe(op);
  });

  it("sum() adds its items; a range a..b covers the identifiers between them in template order", () => {
    expect(right("total == sum(a, b)")).toBe(3);
    expect(right("total == sum(a..e)")).toBe(15);
    expect(right("total == sum(c..d, 10, a * 2)")).toBe(19);
    expect(right("total == sum(a) + sum(b..b)")).toBe(3);
  });

  it("a range skips the group rows inside it", () => {
    const compiled = compileComparison("total == sum(a..e)", scope);
    expect([...references(compiled.right)]).toEqual(["a", "b", "c", "d", "e"]);
    expect(right("total == sum(a..e)")).toBe(15);
  });

  it("a group row named on its own is still allowed (a subtotal relation)", () => {
    expect(right("g1 == sum(c..d)")).toBe(7);
    expect([...references(compileComparison("g1 == sum(c..d)", scope).left)]).toEqual(["g1"]);
  });

  it("an unreadable cell makes the result undefined, and so does division by zero", () => {
    expect(right("total == a + b", { a: 1, b: undefined })).toBeUndefined();
    expect(right("total == sum(a..e)", { ...values, c: undefined })).toBeUndefined();
    expect(right("total == a / 0")).toBeUndefined();
    expect(right("total == -b", { b: undefined })).toBeUndefined();
  });

  it("references lists each identifier once", () => {
    const c = compileComparison("total == a + a * b + sum(a..b)", scope);
    expect([...references(c.right)]).toEqual(["a", "b"]);
  });
});

describe("errors name what is wrong and where (0-based character offset)", () => {
  it("unknown identifiers", () => {
    expect(errorOf("total == a + nope")).toEqual({ message: 'unknown identifier "nope"', at: 13 });
    expect(errorOf("total == sum(a..zz)")).toEqual({ message: 'unknown identifier "zz"', at: 16 });
    expect(errorOf("tota == a")).toEqual({ message: 'unknown identifier "tota"', at: 0 });
  });

  it("syntax errors", () => {
    expect(errorOf("total == a +")).toEqual({ message: "unexpected end of expression", at: 12 });
    expect(errorOf("total = a")).toEqual({ message: 'unexpected character "="', at: 6 });
    expect(errorOf("total == (a + b")).toEqual({ message: "unexpected end of expression", at: 15 });
    expect(errorOf("total == a + b)")).toEqual({ message: 'unexpected ")"', at: 14 });
    expect(errorOf("total + a")).toEqual({ message: "expected a comparison (== <= >= < >)", at: 9 });
    expect(errorOf("total == a == b")).toEqual({ message: 'unexpected "=="', at: 11 });
    expect(errorOf("total == sum(a..)")).toEqual({ message: "expected an identifier after ..", at: 16 });
    expect(errorOf("total == sum(e..a)")).toEqual({ message: "empty range e..a", at: 13 });
    expect(errorOf("total == a; b")).toEqual({ message: 'unexpected character ";"', at: 10 });
    expect(errorOf("total == 1e3")).toEqual({ message: 'unexpected "e3"', at: 10 });
  });

  it("code is not an expression: no property access, calls, strings or globals", () => {
    expect(errorOf("total == a.constructor").message).toBe('unexpected character "."');
    expect(errorOf("total == process").message).toBe('unknown identifier "process"');
    expect(errorOf("total == eval(a)").message).toBe('unknown identifier "eval"');
    expect(errorOf('total == "a"').message).toBe('unexpected character """');
    expect(errorOf("total == `a`").message).toBe('unexpected character "`"');
  });
});

describe("never eval", () => {
  afterEach(() => vi.restoreAllMocks());

  it("compiles and evaluates without eval or Function", () => {
    const evalSpy = vi.spyOn(globalThis, "eval");
    const functionSpy = vi.spyOn(globalThis, "Function");
    const c = compileComparison("total == sum(a..e) + (b * 2 - d) / 2", scope);
    expect(evaluate(c.right, lookup)).toBe(15);
    expect(evalSpy).not.toHaveBeenCalled();
    expect(functionSpy).not.toHaveBeenCalled();
  });

  it("its source uses neither", () => {
    const source = readFileSync(join(import.meta.dirname, "expression.ts"), "utf8");
    expect(source).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(/u);
  });
});

describe("compare", () => {
  it("applies the operator with a tolerance and float slack", () => {
    expect(compare(0.1 + 0.2, "==", 0.3, 0)).toBe(true);
    expect(compare(10, "==", 11, 0)).toBe(false);
    expect(compare(10, "==", 11, 1)).toBe(true);
    expect(compare(10, "<=", 10, 0)).toBe(true);
    expect(compare(10, "<", 10, 0)).toBe(false);
    expect(compare(11, ">", 10, 0)).toBe(true);
    expect(compare(9, ">=", 10, 0)).toBe(false);
  });
});
