import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint } from "./linter.ts";
import { CROSS_YEAR_RULE_IDS } from "./index.ts";
import { builtinRules } from "./rules/index.ts";
import { WorkCounter } from "./work.ts";

const SAMPLE = readFileSync(join(import.meta.dirname, "..", "..", "..", "fixtures", "samples", "huaian-2024.md"), "utf8");
/** The binding, every rule, and the facts a report gives the cross-year checks (which are run-wide and read no single report). */
const STAGES = ["bind", ...[...builtinRules.keys()].filter((id) => !(CROSS_YEAR_RULE_IDS as readonly string[]).includes(id)), "facts"];

const TABLE_3 = SAMPLE.slice(SAMPLE.indexOf("\n|", SAMPLE.indexOf("## 三、")) + 1, SAMPLE.indexOf("\n\n## 四、") + 1);
const TABLE_4 = SAMPLE.slice(SAMPLE.indexOf("| 行政复议 |"), SAMPLE.indexOf("\n\n## 五、") + 1);

/** The sample report with `text` inserted before the line that starts with `before`. */
function insert(before: string, text: string): string {
  const at = SAMPLE.indexOf(`\n${before}`);
  if (at < 0) throw new Error(`the sample report changed: no line starting with ${before}`);
  return SAMPLE.slice(0, at + 1) + text + SAMPLE.slice(at + 1);
}

/** Ways a report grows: each makes a report with `n` more of something rules and the binding walk over. */
const GROWTH: Record<string, (n: number) => string> = {
  // Paragraphs with years, counts and quantity words: what the metadata and section rules read.
  paragraphs: (n) => insert("## 二、", Array.from({ length: n }, (_, i) => `（${i + 6}）2024年新增公开信息${i}条，2023年结转申请${i % 9}件，举办发布会场。\n\n`).join("")),
  // An extra table that is not in the template, with n rows of numbers.
  "extra table rows": (n) => insert("## 六、", `| 项目 | 件数 | 金额 |\n|---|---:|---:|\n${Array.from({ length: n }, (_, i) => `| 事项${i} | ${i} | ${i * 2} |\n`).join("")}\n`),
  // Rows the template does not have, inside the requests table: each is an unknown row to report.
  "unknown rows": (n) => insert("| 3.其他 |", Array.from({ length: n }, (_, i) => `| 补充事项${i} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n`).join("")),
  // Sections: one the template does not have (七、…) and a second 五、 each time, each with a paragraph.
  sections: (n) =>
    `${SAMPLE}\n${Array.from({ length: n }, (_, i) => `## 七、补充说明${i + 1}\n\n本部分说明第${i + 1}项补充事项。\n\n## 五、存在的主要问题及改进情况\n\n存在的问题之${i + 1}。\n\n`).join("")}`,
  // Copies of table 四 (reconsideration and litigation): a table the binding meets again and again.
  "repeated tables": (n) => insert("## 五、", Array.from({ length: n }, () => `${TABLE_4}\n`).join("")),
  // Copies of the requests table (三), 28 rows of 8 cells each, in its own section.
  "repeated requests tables": (n) => insert("## 四、", Array.from({ length: n }, () => `${TABLE_3}\n`).join("")),
  // Cells beyond the template's columns, blank under the header and 0 in every other row of the requests table.
  "extra cells": (n) => {
    const rows = TABLE_3.split("\n").map((line, i) => (line === "" ? line : line + (i === 0 ? " |" : i === 1 ? "---:|" : " 0 |").repeat(n)));
    return SAMPLE.replace(TABLE_3, rows.join("\n"));
  },
};

/** Reads per stage for one report. */
function work(source: string): Map<string, number> {
  const counts = new Map<string, number>();
  lint(source, { work: counts });
  return counts;
}

describe("WorkCounter", () => {
  const data = (n = 10) => ({ items: Array.from({ length: n }, (_, i) => ({ id: i })), byId: new Map([[1, { id: 1 }]]), tags: new Set(["a", "b"]) });
  type Data = ReturnType<typeof data>;
  const reads = (walk: (d: Data) => void, n: number): number => {
    const counts = new Map<string, number>();
    const counter = new WorkCounter(counts);
    counter.current = "walk";
    walk(counter.wrap(data(n)));
    return counts.get("walk")!;
  };

  it("counts each read of a property or an element: a linear walk grows with n, a quadratic one with n²", () => {
    // `items`, `forEach`, `length`, then each element and its id: 3 + 2n.
    const linear = (d: Data) => d.items.forEach((x) => x.id);
    expect([reads(linear, 10), reads(linear, 40)]).toEqual([3 + 2 * 10, 3 + 2 * 40]);
    // For each element, its id n times and a search of all elements: 3 + n + n(3 + 3n).
    const quadratic = (d: Data) => d.items.forEach((x) => d.items.some((y) => y.id === x.id && false));
    expect([reads(quadratic, 10), reads(quadratic, 40)]).toEqual([3 + 4 * 10 + 3 * 10 ** 2, 3 + 4 * 40 + 3 * 40 ** 2]);
  });

  it("keeps identity and collections working: the same proxy for the same object, Map and Set methods, spread and iteration", () => {
    const counter = new WorkCounter(new Map());
    const raw = data();
    const d = counter.wrap(raw);
    expect(d.items[3]).toBe(d.items[3]);
    expect(counter.wrap(raw)).toBe(d);
    expect(d.byId.get(1)).toEqual({ id: 1 });
    expect(d.byId.size).toBe(1);
    expect([...d.byId.keys()]).toEqual([1]);
    expect([...d.tags]).toEqual(["a", "b"]);
    expect(d.tags.has("b")).toBe(true);
    expect(new Set(d.items).has(d.items[0]!)).toBe(true);
    expect({ ...d.items[2] }).toEqual({ id: 2 });
  });
});

describe("every stage is linear in the size of its input (counted reads, not time)", () => {
  it("counting changes nothing: the same findings with and without the counter", () => {
    for (const grow of Object.values(GROWTH)) {
      const source = grow(20);
      expect(lint(source, { work: new Map() })).toEqual(lint(source));
    }
  });

  it("the counter sees each stage's work: the binding and every rule read the report", () => {
    const counts = work(SAMPLE);
    for (const stage of STAGES) expect(counts.get(stage) ?? 0, stage).toBeGreaterThan(0);
  });

  const N = 50;
  for (const [name, grow] of Object.entries(GROWTH)) {
    it(`${name}: the work added by 4n is at most 4.5 times the work added by n (n = ${N})`, () => {
      const base = work(SAMPLE);
      const one = work(grow(N));
      const four = work(grow(4 * N));
      const table = STAGES.map((stage) => {
        const w0 = base.get(stage) ?? 0;
        return { stage, added: (one.get(stage) ?? 0) - w0, added4: (four.get(stage) ?? 0) - w0 };
      });
      // The input grew: some stage did more work for it.
      expect(table.some((t) => t.added > 0)).toBe(true);
      const superlinear = table.filter((t) => t.added4 > 4.5 * Math.max(t.added, 0));
      if (process.env.REPORTLINT_WORK) console.table(table);
      expect(superlinear).toEqual([]);
    });
  }
});
