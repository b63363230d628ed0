/**
 * GFM tables: what they cost to parse, upstream remark-gfm against reportlint's Markdown tree builder, and what a
 * whole lint of a real report costs against the parse floor. Run with `pnpm bench:tables`
 * (scripts/run-ts.sh bench/markdown-tables.ts). A command, not a test: it prints figures.
 *
 * 1. Tables of 10, 100, 1,000 and 10,000 body rows (8 columns, like the application table of a report), median
 *    time per parse of
 *      remark-parse alone (no GFM: the table is just a paragraph; the floor),
 *      remark-parse + remark-gfm (upstream),
 *      parseMarkdownTree (ours: the same mdast, node for node and position for position),
 *      parseMarkdown (ours: that tree read into the report model, cells and all).
 * 2. fixtures/samples/huaian-2024.md (9 KB), timed in interleaved rounds:
 *      (a) remark-parse alone, (b) remark-parse + remark-gfm, (c) parseMarkdownTree, (d) lint() (whole engine),
 *    and the ratio (d)/(a), the engine against the parse floor (target ≤ 1.5).
 *
 * Options: --min-ms=<per subject and size (the report: 4 × that for all), default 1500> --sizes=<default 10,100,1000,10000>
 *          --upstream-max-rows=<skip remark for larger tables, default 10000>
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
// The root package does not depend on these: import the very copies @reportlint/core uses.
import remarkGfm from "../packages/core/node_modules/remark-gfm/index.js";
import remarkParse from "../packages/core/node_modules/remark-parse/index.js";
import { unified } from "../packages/core/node_modules/unified/index.js";
import { parseMarkdown } from "../packages/core/src/adapters/markdown.ts";
import { parseMarkdownTree } from "../packages/core/src/adapters/markdown-tree.ts";
import { lint } from "../packages/core/src/index.ts";

const args = new Map(
  process.argv.slice(2).flatMap((a) => {
    const m = /^--([\w-]+)=(.*)$/u.exec(a);
    return m ? [[m[1]!, m[2]!] as const] : [];
  }),
);
const MIN_MS = Number(args.get("min-ms") ?? 1500);
const SIZES = (args.get("sizes") ?? "10,100,1000,10000").split(",").map(Number);
const UPSTREAM_MAX_ROWS = Number(args.get("upstream-max-rows") ?? 10_000);

const parseOnly = unified().use(remarkParse);
const parseGfm = unified().use(remarkParse).use(remarkGfm);
let sink = 0;

const HEAD =
  "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n" +
  "|---|---:|---:|---:|---:|---:|---:|---:|\n";

function table(rows: number): string {
  let s = "## 三、收到和处理政府信息公开申请情况\n\n" + HEAD;
  for (let r = 0; r < rows; r++) {
    const a = (r * 37) % 3001;
    const b = r % 53;
    s += `| （${r + 1}）本年新收政府信息公开申请数量 | ${a} | ${b} | 0 | 0 | ${r % 61} | ${r % 4} | ${a + b + (r % 61) + (r % 4)} |\n`;
  }
  return s;
}

/** Median milliseconds per call: one warm-up call, then calls until `MIN_MS` have passed (at most 200). */
function time(run: () => number): { median: number; runs: number } {
  sink += run();
  const times: number[] = [];
  let spent = 0;
  while (times.length === 0 || (spent < MIN_MS && times.length < 200)) {
    const t0 = performance.now();
    sink += run();
    const dt = performance.now() - t0;
    times.push(dt);
    spent += dt;
  }
  return { median: median(times), runs: times.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [format(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(format)].join("\n");
}

const ms = (v: number): string => (v >= 100 ? `${v.toFixed(0)} ms` : v >= 1 ? `${v.toFixed(2)} ms` : `${v.toFixed(3)} ms`);
const kb = (s: string): string => `${(Buffer.byteLength(s, "utf8") / 1024).toFixed(1)} KB`;

console.log(`GFM table parsing — Node ${process.version}, median per parse (≥${MIN_MS} ms or 200 runs per subject and size)\n`);
const tableRows: string[][] = [];
for (const rows of SIZES) {
  const source = table(rows);
  const cells = (rows + 1) * 8;
  const floor = time(() => parseOnly.parse(source).children.length);
  const upstream = rows <= UPSTREAM_MAX_ROWS ? time(() => parseGfm.parse(source).children.length) : undefined;
  const tree = time(() => parseMarkdownTree(source).children.length);
  const model = time(() => parseMarkdown(source).blocks.length);
  tableRows.push([
    rows.toLocaleString("en"),
    cells.toLocaleString("en"),
    kb(source),
    ms(floor.median),
    upstream ? ms(upstream.median) : "skipped",
    ms(tree.median),
    ms(model.median),
    upstream ? `${(upstream.median / tree.median).toFixed(0)}×` : "–",
    `${((tree.median / cells) * 1000).toFixed(2)} µs`,
  ]);
}
console.log(
  markdownTable(
    ["rows", "cells", "size", "remark-parse (no GFM)", "remark-parse + remark-gfm", "parseMarkdownTree", "parseMarkdown", "gfm / tree", "tree per cell"],
    tableRows,
  ),
);

// The report: interleaved rounds, so that drift falls on all subjects alike.
const huaian = readFileSync("fixtures/samples/huaian-2024.md", "utf8");
const subjects: [string, () => number][] = [
  ["(a) remark-parse", () => parseOnly.parse(huaian).children.length],
  ["(b) remark-parse + remark-gfm", () => parseGfm.parse(huaian).children.length],
  ["(c) parseMarkdownTree", () => parseMarkdownTree(huaian).children.length],
  ["(d) lint()", () => lint(huaian).messages.length + 1],
];
const warmEnd = performance.now() + 1000;
while (performance.now() < warmEnd) for (const [, run] of subjects) sink += run();
const times: number[][] = subjects.map(() => []);
const start = performance.now();
while (times[0]!.length < 100 || (performance.now() - start < 4 * MIN_MS && times[0]!.length < 1000)) {
  subjects.forEach(([, run], i) => {
    const t0 = performance.now();
    sink += run();
    times[i]!.push(performance.now() - t0);
  });
}
const [a, b, c, d] = times.map(median) as [number, number, number, number];
console.log(`\nfixtures/samples/huaian-2024.md (${kb(huaian)}), median of ${times[0]!.length} interleaved rounds\n`);
console.log(
  markdownTable(
    [...subjects.map(([name]) => name), "(d)/(a) engine / parse floor", "(b)/(a)"],
    [[ms(a), ms(b), ms(c), ms(d), `${(d / a).toFixed(2)}×`, `${(b / a).toFixed(2)}×`]],
  ),
);
if (sink === -1) console.log(sink);
