import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { TextMemo } from "./text-memo.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** A memo that counts how often each text is computed. */
function counted(generationSize: number): { memo: TextMemo<string | undefined>; computed: Map<string, number> } {
  const computed = new Map<string, number>();
  const memo = new TextMemo<string | undefined>(generationSize);
  const get = memo.get.bind(memo);
  memo.get = (text, compute) =>
    get(text, (t) => {
      computed.set(t, (computed.get(t) ?? 0) + 1);
      return compute(t);
    });
  return { memo, computed };
}

describe("TextMemo", () => {
  it("computes a text once and gives the same value after", () => {
    const { memo, computed } = counted(10);
    expect(memo.get("（一）予以公开", (t) => t.toUpperCase())).toBe("（一）予以公开");
    expect(memo.get("abc", (t) => t.toUpperCase())).toBe("ABC");
    expect(memo.get("abc", () => "other")).toBe("ABC");
    expect(computed.get("abc")).toBe(1);
  });

  it("remembers undefined as an answer, not as a miss", () => {
    const { memo, computed } = counted(10);
    expect(memo.get("no label", () => undefined)).toBeUndefined();
    expect(memo.get("no label", () => "now one")).toBeUndefined();
    expect(computed.get("no label")).toBe(1);
  });

  it("holds at most two generations, however many texts it is asked", () => {
    const { memo } = counted(100);
    for (let i = 0; i < 10_000; i++) memo.get(`标题${i}`, (t) => t);
    expect(memo.size).toBeLessThanOrEqual(200);
    expect(memo.size).toBeGreaterThanOrEqual(100);
  });

  it("keeps what every round asks for while texts asked once come and go", () => {
    const { memo, computed } = counted(100);
    const template = Array.from({ length: 30 }, (_, i) => `模板标签${i}`);
    for (let report = 0; report < 1_000; report++) {
      for (const label of template) memo.get(label, (t) => t);
      memo.get(`某某市${report}年度报告`, (t) => t);
      memo.get(`某某市人民政府${report}`, (t) => t);
    }
    expect(template.map((label) => computed.get(label))).toEqual(template.map(() => 1));
    expect(computed.get("某某市0年度报告")).toBe(1);
    expect(memo.get("某某市0年度报告", () => "computed again")).toBe("computed again"); // long gone
  });

  it("keeps no document alive, neither by a key nor by a value made of the key's characters", () => {
    const memo = new TextMemo<string>(1_000);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100; i++) {
      const documentText = `${i}（七）总计的各项数字之和${"甲".repeat(1 << 19)}`; // 1 MB of UTF-16
      memo.get(documentText.slice(0, 20), (label) => label.replace(/不在其中/gu, "")); // replaces nothing: the label itself
    }
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(5 * 2 ** 20);
  });
});
