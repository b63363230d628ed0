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
import { performance } from "node:perf_hooks";
// The root package does not depend on these: import the very copies @reportlint/core uses.
import remarkGfm from "../packages/core/node_modules/remark-gfm/index.js";
import remarkParse from "../packages/core/node_modules/remark-parse/index.js";
import { unified } from "../packages/core/node_modules/unified/index.js";
import { lint } from "../packages/core/src/index.ts";
import { largerReport, typicalReport } from "./reports.ts";
import { markdownTable, median } from "./table.ts";

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
const huaian = typicalReport(root);

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
console.log(markdownTable(header, rows));
if (sink === -1) console.log(sink);
