import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { TextMemo } from "./text-memo.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** A memo of `answer`, that counts how often each text is computed. */
function counted(generationSize: number, answer: (text: string) => string | undefined = (t) => t): { memo: TextMemo<string | undefined>; computed: Map<string, number> } {
  const computed = new Map<string, number>();
  const memo = new TextMemo<string | undefined>(generationSize, (text) => {
    computed.set(text, (computed.get(text) ?? 0) + 1);
    return answer(text);
  });
  return { memo, computed };
}

describe("TextMemo", () => {
  it("computes a text once and gives the same value after", () => {
    const { memo, computed } = counted(10, (t) => t.toUpperCase());
    expect(memo.get("（一）予以公开")).toBe("（一）予以公开");
    expect(memo.get("abc")).toBe("ABC");
    expect(memo.get("abc")).toBe("ABC");
    expect(computed.get("abc")).toBe(1);
  });

  it("remembers undefined as an answer, not as a miss", () => {
    let answer: string | undefined;
    const { memo, computed } = counted(10, () => answer);
    expect(memo.get("no label")).toBeUndefined();
    answer = "now one";
    expect(memo.get("no label")).toBeUndefined();
    expect(computed.get("no label")).toBe(1);
  });

  it("holds at most two generations, however many texts it is asked", () => {
    const { memo } = counted(100);
    for (let i = 0; i < 10_000; i++) memo.get(`标题${i}`);
    expect(memo.size).toBeLessThanOrEqual(200);
    expect(memo.size).toBeGreaterThanOrEqual(100);
  });

  it("keeps what every round asks for while texts asked once come and go", () => {
    let suffix = "";
    const { memo, computed } = counted(100, (t) => t + suffix);
    const template = Array.from({ length: 30 }, (_, i) => `模板标签${i}`);
    for (let report = 0; report < 1_000; report++) {
      for (const label of template) memo.get(label);
      memo.get(`某某市${report}年度报告`);
      memo.get(`某某市人民政府${report}`);
    }
    expect(template.map((label) => computed.get(label))).toEqual(template.map(() => 1));
    expect(computed.get("某某市0年度报告")).toBe(1);
    suffix = " computed again";
    expect(memo.get("某某市0年度报告")).toBe("某某市0年度报告 computed again"); // long gone
  });

  it("keeps no document alive, neither by a key nor by a value made of the key's characters", () => {
    const memo = new TextMemo<string>(1_000, (label) => label.replace(/不在其中/gu, "")); // replaces nothing: the label itself
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100; i++) {
      const documentText = `${i}（七）总计的各项数字之和${"甲".repeat(1 << 19)}`; // 1 MB of UTF-16
      memo.get(documentText.slice(0, 20));
    }
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(5 * 2 ** 20);
  });
});
