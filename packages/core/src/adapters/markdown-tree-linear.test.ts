/**
 * The Markdown adapter's cost is linear in the size of its input, tables included: proven by counting work (the
 * parser's own steps, what it hands to remark, and the edits remark's table resolver makes), never by timing.
 */
import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { rng } from "../testing/random.ts";
import { parseMarkdown } from "./markdown.ts";
import { type MarkdownParseStats, parseMarkdownTree } from "./markdown-tree.ts";

const HEAD = "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 总计 |\n|---|---:|---:|---:|---:|\n";

/** A report-like table of `rows` body rows; `special(r)` rows get a cell remark must parse (emphasis, code, an escape). */
function table(rows: number, special: (r: number) => boolean = () => false): string {
  let s = "## 三、收到和处理政府信息公开申请情况\n\n" + HEAD;
  for (let r = 0; r < rows; r++) {
    const label = special(r) ? ["**合计**", "`a|b`", "x \\| y", "*注*"][r % 4] : `（${r}）予以公开`;
    s += `| ${label} | ${r * 7} | ${r % 13} | 0 | ${r * 7 + (r % 13)} |\n`;
  }
  return s + "\n正文。\n";
}

function work(source: string): MarkdownParseStats & { total: number } {
  const stats: MarkdownParseStats = { steps: 0, upstreamChars: 0, upstreamCalls: 0 };
  parseMarkdownTree(source, stats);
  return { ...stats, total: stats.steps + stats.upstreamChars };
}

describe("Markdown adapter work is linear in table cells", () => {
  const n = 2_500;

  it("plain tables: steps for 4n rows ≤ 4.5 × steps for n rows, all built without remark", () => {
    const small = work(table(n));
    const large = work(table(4 * n));
    expect(small.upstreamCalls).toBe(0);
    expect(large.upstreamCalls).toBe(0);
    expect(large.steps / small.steps).toBeLessThanOrEqual(4.5);
    // And a small constant per character: each is looked at a bounded number of times.
    const source = table(4 * n);
    expect(large.steps).toBeLessThanOrEqual(3 * source.length);
  });

  // Cells remark must parse go to it all at once per table, one short row each: linear too, but at remark's pace,
  // so these use fewer rows.
  const m = 500;

  it("cells remark must parse, in every other row: work for 4m rows ≤ 4.5 × work for m, one remark call", () => {
    const small = work(table(m, (r) => r % 2 === 0));
    const large = work(table(4 * m, (r) => r % 2 === 0));
    expect(small.upstreamCalls).toBe(1);
    expect(large.upstreamCalls).toBe(1);
    expect(large.total / small.total).toBeLessThanOrEqual(4.5);
    // Remark gets those cells' contents (a few characters of framing each), not their rows or the table.
    expect(large.upstreamChars).toBeLessThanOrEqual(2 * m * (8 + 6) + 20);
  });

  it("cells remark must parse, in every row: work for 4m rows ≤ 4.5 × work for m", () => {
    const small = work(table(m, () => true));
    const large = work(table(4 * m, () => true));
    expect(large.upstreamCalls).toBe(1);
    expect(large.total / small.total).toBeLessThanOrEqual(4.5);
  });

  it("the whole adapter (tree, blocks, cells) on a 10,000-row table keeps every cell", () => {
    const doc = parseMarkdown(table(10_000));
    const tables = doc.blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.kind === "table" ? tables[0]!.rows : [];
    expect(rows).toHaveLength(10_001);
    expect(rows.at(-1)!.cells.map((c) => c.text)).toEqual(["（9999）予以公开", "69993", "2", "0", "69995"]);
  });

  it("remark's table resolver (rows and documents it parses) does constant edit-map work per cell", async () => {
    // micromark-extension-gfm-table 2.1.1 scanned all entries on every add (quadratic, markdown-rs issue 218);
    // 2.1.2 indexes them. Count the reads of its entry list through a proxy: n adds vs 4n adds.
    const EditMap = await loadUpstreamEditMap();
    const reads = (adds: number): number => {
      const map = new EditMap();
      let count = 0;
      map.map = new Proxy(map.map, {
        get(target, key, receiver) {
          if (typeof key === "string" && /^\d+$/.test(key)) count++;
          return Reflect.get(target, key, receiver);
        },
      });
      for (let k = 0; k < adds; k++) {
        map.add(3 * k, 0, [["enter", {}, {}]]);
        map.add(3 * k + 1, 1, []);
        map.add(3 * k, 0, [["exit", {}, {}]]);
      }
      const events = Array.from({ length: 3 * adds + 2 }, () => ["enter", {}, {}]);
      map.consume(events);
      return count + 1;
    };
    const small = reads(2_000);
    const large = reads(8_000);
    expect(large / small).toBeLessThanOrEqual(4.5);
  });
});

describe("micromark's document tokenizer, as patched (patches/micromark-util-edit-map@1.0.0.patch)", () => {
  it("an edit near the end of the events costs the tail it changes, not the whole document", async () => {
    // At every list item that closes, micromark moves the last few events: EditMap.consume copied the
    // whole event list each time, quadratic in a long nested list (15,000 lines took 12.7 s).
    const EditMap = await loadDocumentEditMap();
    const touched = (length: number): number => {
      let count = 0;
      const events = new Proxy(
        Array.from({ length }, () => ["enter", {}, {}]),
        {
          get(target, key, receiver) {
            if (typeof key === "string" && /^\d+$/.test(key)) count++;
            return Reflect.get(target, key, receiver);
          },
          set(target, key, value, receiver) {
            if (typeof key === "string" && /^\d+$/.test(key)) count++;
            return Reflect.set(target, key, value, receiver);
          },
        },
      );
      const map = new EditMap();
      map.add(length - 6, 0, events.slice(length - 3));
      map.add(length - 3, 3, []);
      count = 0;
      map.consume(events);
      return count;
    };
    expect(touched(40_000)).toBe(touched(10_000));
    expect(touched(40_000)).toBeLessThanOrEqual(20);
  });

  it("gives the events micromark's own consume gives, for random edits", async () => {
    const EditMap = await loadDocumentEditMap();
    // micromark-util-edit-map 1.0.0's consume, unpatched: the reference.
    const reference = (events: unknown[], map: [number, number, unknown[]][]): unknown[] => {
      const sorted = [...map].sort((a, b) => a[0] - b[0]);
      const out = [...events];
      const vecs: unknown[][] = [];
      for (let i = sorted.length - 1; i >= 0; i--) {
        vecs.push(out.slice(sorted[i]![0] + sorted[i]![1]), sorted[i]![2]);
        out.length = sorted[i]![0];
      }
      vecs.push(out.slice());
      out.length = 0;
      for (let slice = vecs.pop(); slice; slice = vecs.pop()) out.push(...slice);
      return out;
    };
    const random = rng(218);
    for (let trial = 0; trial < 500; trial++) {
      const events = Array.from({ length: 1 + Math.floor(random() * 60) }, (_, i) => i);
      // Edits that do not overlap, in random order, as micromark makes them.
      const edits: [number, number, unknown[]][] = [];
      for (let at = Math.floor(random() * 4); at < events.length; at += 1 + Math.floor(random() * 12)) {
        const remove = Math.floor(random() * Math.min(3, events.length - at));
        edits.push([at, remove, Array.from({ length: Math.floor(random() * 3) }, (_, k) => `new${trial}.${at}.${k}`)]);
        at += remove;
      }
      for (let i = edits.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [edits[i], edits[j]] = [edits[j]!, edits[i]!];
      }
      const patched = [...events];
      const map = new EditMap();
      for (const [at, remove, add] of edits) map.add(at, remove, add);
      map.consume(patched);
      expect(patched, `trial ${trial}: ${JSON.stringify(edits)}`).toEqual(reference(events, edits));
    }
  });

  it("a list nested three deep, 12,000 lines, is read whole", () => {
    const doc = parseMarkdown("- x\n  - y\n    - z\n".repeat(4_000));
    expect(doc.problems).toEqual([]);
    expect(doc.blocks.map((b) => (b.kind === "paragraph" ? b.content.text : "?")).join("")).toBe("xyz".repeat(4_000));
  });
});

/** The EditMap class micromark's document tokenizer loads (remark-parse → mdast-util-from-markdown → micromark). */
async function loadDocumentEditMap(): Promise<new () => EditMapLike> {
  let from = realpathSync(createRequire(import.meta.url).resolve("remark-parse"));
  for (const name of ["mdast-util-from-markdown", "micromark", "micromark-util-edit-map"]) from = realpathSync(createRequire(from).resolve(name));
  return ((await import(pathToFileURL(from).href)) as { EditMap: new () => EditMapLike }).EditMap;
}

interface EditMapLike {
  map: unknown[];
  add(index: number, remove: number, add: unknown[]): void;
  consume(events: unknown[]): void;
}

/** The EditMap class of the micromark-extension-gfm-table that remark-gfm (our dependency) really loads. */
async function loadUpstreamEditMap(): Promise<new () => EditMapLike> {
  const fromCore = createRequire(import.meta.url);
  const remarkGfm = realpathSync(fromCore.resolve("remark-gfm"));
  const gfm = realpathSync(createRequire(remarkGfm).resolve("micromark-extension-gfm"));
  const table = realpathSync(createRequire(gfm).resolve("micromark-extension-gfm-table"));
  const mod = (await import(pathToFileURL(join(dirname(table), "lib/edit-map.js")).href)) as {
    EditMap: new () => EditMapLike;
  };
  return mod.EditMap;
}
