/**
 * How much reportlint costs over parsing alone. Run with `pnpm bench` (scripts/run-ts.sh bench/engine.ts).
 *
 * For each report, in one process and after a warm-up, measures the median time per report of
 *   (a) remark-parse alone:        unified().use(remarkParse).parse
 *   (b) remark-parse + remark-gfm: unified().use(remarkParse).use(remarkGfm).parse
 *   (c) reportlint's lint():       the whole engine (Markdown adapter, binding, every built-in rule)
 * and prints the ratios (c)/(a) and (c)/(b). The three are timed in interleaved rounds, so that
 * drift (GC, JIT, CPU frequency) falls on all three alike.
 *
 * Options: --min-ms=<per subject and report, default 2000> --min-runs=<default 100> --scale=<default 20>
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
// The root package does not depend on these: import the very copies @reportlint/core uses.
import remarkGfm from "../packages/core/node_modules/remark-gfm/index.js";
import remarkParse from "../packages/core/node_modules/remark-parse/index.js";
import { unified } from "../packages/core/node_modules/unified/index.js";
import { lint } from "../packages/core/src/index.ts";

const args = new Map(
  process.argv.slice(2).flatMap((a) => {
    const m = /^--([\w-]+)=(.*)$/u.exec(a);
    return m ? [[m[1]!, m[2]!] as const] : [];
  }),
);
const MIN_MS = Number(args.get("min-ms") ?? 2000);
const MIN_RUNS = Number(args.get("min-runs") ?? 100);
const SCALE = Number(args.get("scale") ?? 20);
const WARMUP_MS = 500;

// run-ts.sh bundles this file into a temporary directory: paths are relative to where it is run, the repo root.
const root = process.cwd();
const huaian = readFileSync(join(root, "fixtures/samples/huaian-2024.md"), "utf8");

/**
 * A larger report of the same shape: the narrative of sections 一 and 五 written `scale` times over
 * (as a long city-level report is), the three tables unchanged.
 */
function largerReport(base: string, scale: number): string {
  const grow = (text: string, from: string, to: string): string => {
    const start = text.indexOf(from);
    const end = text.indexOf(to, start);
    if (start < 0 || end < 0) throw new Error(`cannot find ${from} … ${to} in the sample`);
    const head = text.slice(0, start + from.length);
    const body = text.slice(start + from.length, end);
    return head + body.repeat(scale) + text.slice(end);
  };
  return grow(grow(base, "## 一、总体情况\n", "## 二、"), "## 五、存在的主要问题及改进情况\n", "## 六、");
}

const parseOnly = unified().use(remarkParse);
const parseGfm = unified().use(remarkParse).use(remarkGfm);

interface Subject {
  name: string;
  run(source: string): number;
}

// Each returns something derived from the result, summed into `sink`, so that nothing is optimised away.
const subjects: Subject[] = [
  { name: "(a) remark-parse", run: (s) => parseOnly.parse(s).children.length },
  { name: "(b) remark-parse + remark-gfm", run: (s) => parseGfm.parse(s).children.length },
  { name: "(c) reportlint lint()", run: (s) => lint(s).messages.length + 1 },
];
let sink = 0;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function measure(source: string): { times: number[][]; runs: number } {
  const warmEnd = performance.now() + WARMUP_MS;
  while (performance.now() < warmEnd) for (const s of subjects) sink += s.run(source);

  const times: number[][] = subjects.map(() => []);
  const spent = subjects.map(() => 0);
  let runs = 0;
  while (runs < MIN_RUNS || spent.some((t) => t < MIN_MS)) {
    subjects.forEach((s, i) => {
      const t0 = performance.now();
      sink += s.run(source);
      const dt = performance.now() - t0;
      times[i]!.push(dt);
      spent[i]! += dt;
    });
    runs++;
  }
  return { times, runs };
}

const reports = [
  { name: "huaian-2024.md", source: huaian },
  { name: `generated (narrative ×${SCALE})`, source: largerReport(huaian, SCALE) },
];

const kb = (s: string): string => `${(Buffer.byteLength(s, "utf8") / 1024).toFixed(1)} KB`;
const ms = (v: number): string => `${v.toFixed(3)} ms`;

console.log(`reportlint engine benchmark — Node ${process.version}, median per report after ${WARMUP_MS} ms warm-up, ≥${MIN_RUNS} runs and ≥${MIN_MS} ms per subject\n`);
const rows: string[][] = [];
for (const report of reports) {
  const check = lint(report.source);
  const { times, runs } = measure(report.source);
  const [a, b, c] = times.map(median) as [number, number, number];
  rows.push([report.name, kb(report.source), String(runs), ms(a), ms(b), ms(c), `${(c / a).toFixed(2)}×`, `${(c / b).toFixed(2)}×`, String(check.messages.length)]);
}

const header = ["report", "size", "runs", subjects[0]!.name, subjects[1]!.name, subjects[2]!.name, "(c)/(a)", "(c)/(b)", "messages"];
const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
const format = (cells: string[]): string => `| ${cells.map((c, i) => c + " ".repeat(widths[i]! - width(c))).join(" | ")} |`;
console.log(format(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows) console.log(format(r));
if (sink === -1) console.log(sink);

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
