import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { LabelForms } from "../adapters/text-labels.ts";
import { labelKey } from "../labels/normalize.ts";
import { detached } from "./detached.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** How much the heap grows while `keep` is given a label cut from each of 100 documents of 1 MB, none kept by the caller. */
function heapGrowth(keep: (label: string) => void): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 100; i++) {
    const documentText = `${i}（七）总计的各项数字之和${"甲".repeat(1 << 19)}`; // 1 MB of UTF-16
    keep(documentText.slice(0, 20));
  }
  gc();
  return process.memoryUsage().heapUsed - before;
}

describe("detached", () => {
  it("copies the characters, equal to the original", () => {
    const long = `${"一".repeat(100)}（七）总计`;
    expect(detached(long.slice(3, 40))).toBe(long.slice(3, 40));
    expect(detached("短")).toBe("短");
  });

  it("a kept slice would hold its 100 MB of documents; kept detached, they go", () => {
    const held: string[] = [];
    expect(heapGrowth((label) => held.push(label))).toBeGreaterThan(90 * 2 ** 20);
    held.length = 0;
    expect(heapGrowth((label) => held.push(detached(label)))).toBeLessThan(5 * 2 ** 20);
  });

  it("the label-key cache keeps no document alive", () => {
    expect(heapGrowth((label) => labelKey(label))).toBeLessThan(5 * 2 ** 20);
  });

  it("a text template's label cache keeps no document alive", () => {
    const forms = new LabelForms(["（七）总计", "商业企业"]);
    expect(heapGrowth((label) => forms.fit(label))).toBeLessThan(5 * 2 ** 20);
  });
});
