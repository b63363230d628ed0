/**
 * Bulk runs, as an auditor makes them. Run with `pnpm run bench:bulk` (builds the CLI first).
 *
 * Generates a corpus of realistic reports (bench/corpus.ts: real samples renamed, refigured and
 * lengthened, half with one wrong number at a known cell) and measures, in the same run:
 *   1. correctness: reportlint reports every planted number on its line and no error in a correct copy;
 *   2. whole runs over the corpus, as child processes, in interleaved rounds: reportlint with its
 *      default `--concurrency auto`, reportlint `--concurrency off`, and markdownlint-cli2 with its
 *      default rules on the same files; wall time, files/s, MB/s, peak memory and the ratios;
 *   3. in one process over a sample of the corpus: reportlint's `lint()` against remark-parse alone and
 *      remark-parse + remark-gfm (the parse floor), time per report;
 *   4. one small file: reportlint's wall time against markdownlint-cli2's (start-up decides it);
 *   5. peak memory of reportlint over two corpus sizes (default 1,000 and 10,000 reports), in the
 *      main thread and on two workers, each against itself.
 *
 * Options: --reports=<default 2000> --rounds=<default 2> --single-runs=<default 15>
 *          --memory=<sizes, default 1000,10000; "off" to skip> --memory-rounds=<default 3>
 *          --floor-sample=<default 400>
 *          --no-markdownlint (skip markdownlint-cli2, e.g. for a quick look at reportlint alone)
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import remarkGfm from "../packages/core/node_modules/remark-gfm/index.js";
import remarkParse from "../packages/core/node_modules/remark-parse/index.js";
import { unified } from "../packages/core/node_modules/unified/index.js";
import { lint } from "../packages/core/src/index.ts";
import { writeCorpus, type CorpusFile } from "./corpus.ts";
import { markdownTable, median } from "./table.ts";

const args = new Map(
  process.argv.slice(2).flatMap((a) => {
    const m = /^--([\w-]+)(?:=(.*))?$/u.exec(a);
    return m ? [[m[1]!, m[2] ?? "true"] as const] : [];
  }),
);
const REPORTS = Number(args.get("reports") ?? 2000);
const ROUNDS = Number(args.get("rounds") ?? 2);
const SINGLE_RUNS = Number(args.get("single-runs") ?? 15);
const FLOOR_SAMPLE = Number(args.get("floor-sample") ?? 400);
const MEMORY = args.get("memory") === "off" ? [] : (args.get("memory") ?? "1000,10000").split(",").map(Number);
const MEMORY_ROUNDS = Number(args.get("memory-rounds") ?? 3);
const MARKDOWNLINT = !args.has("no-markdownlint");

// run-ts.sh bundles this file into a temporary directory: paths are relative to where it is run, the repo root.
const root = process.cwd();
const REPORTLINT = join(root, "packages/cli/dist/reportlint.cjs");
const MARKDOWNLINT_BIN = join(root, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs");
const PEAK_RSS = join(root, "bench/peak-rss.cjs");
const work = join(tmpdir(), "reportlint-bench");
if (!existsSync(REPORTLINT)) throw new Error("packages/cli/dist/reportlint.cjs is missing: run `pnpm run build` first");

interface Run {
  wallMs: number;
  peakKb: number;
  status: number | null;
}

/**
 * Runs `node <script> <args>` in `cwd`, its output discarded, and measures its wall time and, unless
 * `peak` is false (one small file, where the preload's own start-up would weigh), its peak memory.
 */
function runNode(script: string, scriptArgs: string[], cwd: string, peak = true): Run {
  const rssFile = join(work, `rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [...(peak ? ["--require", PEAK_RSS] : []), script, ...scriptArgs], {
    cwd,
    stdio: "ignore",
    env: { ...process.env, REPORTLINT_BENCH_RSS: rssFile, CI: "", NO_COLOR: "1" },
  });
  const wallMs = performance.now() - t0;
  if (child.error) throw child.error;
  if (!peak) return { wallMs, peakKb: 0, status: child.status };
  const peakKb = Number(readFileSync(rssFile, "utf8"));
  rmSync(rssFile);
  return { wallMs, peakKb, status: child.status };
}

interface Subject {
  name: string;
  run(dir: string): Run;
}

const reportlintAuto: Subject = { name: "reportlint (--concurrency auto)", run: (dir) => runNode(REPORTLINT, ["."], dir) };
const reportlintOff: Subject = { name: "reportlint --concurrency off", run: (dir) => runNode(REPORTLINT, ["--concurrency", "off", "."], dir) };
const reportlintTwo: Subject = { name: "reportlint --concurrency 2", run: (dir) => runNode(REPORTLINT, ["--concurrency", "2", "."], dir) };
const markdownlint: Subject = { name: "markdownlint-cli2 0.22 (default rules)", run: (dir) => runNode(MARKDOWNLINT_BIN, ["**/*.md"], dir) };

const fmtMs = (v: number): string => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 10 ? 2 : 0)} ms`);
const fmtMb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(3)}×`;

console.log(`reportlint bulk benchmark — Node ${process.version}, ${REPORTS} reports, ${ROUNDS} round(s), in ${work}\n`);

// 1. The corpus, and what reportlint finds in it.
const corpusDir = join(work, `corpus-${REPORTS}`);
const files = writeCorpus(root, corpusDir, REPORTS);
const totalBytes = files.reduce((s, f) => s + f.bytes, 0);
const sizes = files.map((f) => f.bytes).sort((a, b) => a - b);
console.log(
  `corpus: ${files.length} reports, ${(totalBytes / 1024 / 1024).toFixed(1)} MB, ${(sizes[0]! / 1024).toFixed(1)}–${(sizes[sizes.length - 1]! / 1024).toFixed(1)} KB each, ` +
    `${files.filter((f) => f.fault).length} with one wrong number in table 三 or 四\n`,
);
console.log(checkFindings(files, corpusDir));

// 2. Whole runs, interleaved so that drift falls on every subject alike.
const subjects = MARKDOWNLINT ? [reportlintAuto, reportlintOff, markdownlint] : [reportlintAuto, reportlintOff];
const runs = subjects.map((): Run[] => []);
for (let round = 0; round < ROUNDS; round++) subjects.forEach((s, i) => runs[i]!.push(s.run(corpusDir)));
const walls = runs.map((r) => median(r.map((x) => x.wallMs)));
const baseline = MARKDOWNLINT ? walls[2]! : walls[0]!;
console.log(`\n## ${REPORTS} reports, whole runs (median of ${ROUNDS})\n`);
console.log(
  markdownTable(
    ["subject", "wall", "files/s", "MB/s", "peak memory", "exit", `vs ${MARKDOWNLINT ? "markdownlint-cli2" : "reportlint auto"}`],
    subjects.map((s, i) => [
      s.name,
      fmtMs(walls[i]!),
      (files.length / (walls[i]! / 1000)).toFixed(0),
      (totalBytes / 1024 / 1024 / (walls[i]! / 1000)).toFixed(1),
      fmtMb(Math.max(...runs[i]!.map((r) => r.peakKb))),
      String(runs[i]![0]!.status),
      ratio(walls[i]!, baseline),
    ]),
  ),
);

// 3. The engine against the parse floor, in this process.
console.log(`\n## Engine per report, in one process (${Math.min(FLOOR_SAMPLE, files.length)} reports of the corpus, after a warm-up)\n`);
console.log(floor(files));

// 4. One small file.
const single = files[0]!.path;
const singleSubjects = MARKDOWNLINT ? [reportlintAuto, markdownlint] : [reportlintAuto];
const singleRuns = singleSubjects.map((): number[] => []);
for (let i = 0; i < SINGLE_RUNS; i++) {
  singleSubjects.forEach((s, j) => singleRuns[j]!.push(runNode(s === markdownlint ? MARKDOWNLINT_BIN : REPORTLINT, [single], root, false).wallMs));
}
const nodeAlone = median(Array.from({ length: SINGLE_RUNS }, () => runNode("-e", ["0"], root, false).wallMs));
const singleMedians = singleRuns.map(median);
console.log(`\n## One report (${(files[0]!.bytes / 1024).toFixed(1)} KB), median wall of ${SINGLE_RUNS} runs; \`node -e 0\` takes ${fmtMs(nodeAlone)}\n`);
console.log(
  markdownTable(
    ["subject", "wall", "over node -e 0", MARKDOWNLINT ? "vs markdownlint-cli2" : ""],
    singleSubjects.map((s, j) => [s.name, fmtMs(singleMedians[j]!), fmtMs(singleMedians[j]! - nodeAlone), MARKDOWNLINT ? ratio(singleMedians[j]!, singleMedians[1]!) : ""]),
  ),
);

// 5. Memory against the number of files.
if (MEMORY.length > 0) {
  const memoryRows = MEMORY.map((n) => {
    const dir = join(work, `corpus-${n}`);
    if (n !== REPORTS) writeCorpus(root, dir, n);
    // Peak memory moves by a few per cent from run to run: the median of a few, interleaved. Each
    // thread setting is compared with itself (auto may choose threads for one size and not the other).
    const off: Run[] = [];
    const two: Run[] = [];
    for (let i = 0; i < MEMORY_ROUNDS; i++) {
      off.push(reportlintOff.run(dir));
      two.push(reportlintTwo.run(dir));
    }
    const middle = (runs: Run[]): Run => ({ wallMs: median(runs.map((r) => r.wallMs)), peakKb: median(runs.map((r) => r.peakKb)), status: runs[0]!.status });
    return { n, off: middle(off), two: middle(two) };
  });
  const first = memoryRows[0]!;
  console.log(`\n## Peak memory against the number of reports (default stylish report, median of ${MEMORY_ROUNDS})\n`);
  console.log(
    markdownTable(
      ["reports", "off: wall", "off: peak", `off: vs ${first.n}`, "2 workers: wall", "2 workers: peak", `2 workers: vs ${first.n}`],
      memoryRows.map(({ n, off, two }) => [String(n), fmtMs(off.wallMs), fmtMb(off.peakKb), ratio(off.peakKb, first.off.peakKb), fmtMs(two.wallMs), fmtMb(two.peakKb), ratio(two.peakKb, first.two.peakKb)]),
    ),
  );
}

/** Lints the corpus once with JSON output and compares what it reports with what was planted. */
function checkFindings(corpus: CorpusFile[], dir: string): string {
  const out = spawnSync(process.execPath, [REPORTLINT, "--format", "json", "."], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, CI: "" } });
  const results = JSON.parse(out.stdout) as { filePath: string; messages: { ruleId: string | null; severity: number; line: number; column: number }[] }[];
  const byPath = new Map(results.map((r) => [r.filePath, r]));
  let found = 0;
  const missed: string[] = [];
  const wrongErrors: string[] = [];
  for (const file of corpus) {
    const errors = (byPath.get(file.path)?.messages ?? []).filter((m) => m.severity === 2);
    if (file.fault) {
      const hit = errors.some((m) => m.ruleId === "arithmetic" && m.line === file.fault!.line);
      if (hit) found++;
      else missed.push(`${file.path}:${file.fault.line} (${file.fault.cell})`);
      if (errors.some((m) => m.ruleId !== "arithmetic")) wrongErrors.push(file.path);
    } else if (errors.length > 0) wrongErrors.push(`${file.path}: ${errors.map((m) => `${m.ruleId}@${m.line}:${m.column}`).join(", ")}`);
  }
  const sarif = spawnSync(process.execPath, [REPORTLINT, "--format", "sarif", "."], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, CI: "" } });
  const sarifResults = (JSON.parse(sarif.stdout) as { runs: { results: { partialFingerprints?: Record<string, string> }[] }[] }).runs[0]!.results;
  const fingerprints = sarifResults.filter((r) => r.partialFingerprints && Object.keys(r.partialFingerprints).length > 0).length;
  const faults = corpus.filter((f) => f.fault).length;
  const lines = [
    `findings (exit ${out.status}): ${found} of ${faults} wrong numbers reported as \`arithmetic\` errors on their line; ` +
      `${wrongErrors.length} file(s) with an error that was not planted; SARIF: ${fingerprints} of ${sarifResults.length} results with partialFingerprints`,
  ];
  for (const m of missed.slice(0, 10)) lines.push(`  missed: ${m}`);
  for (const w of wrongErrors.slice(0, 10)) lines.push(`  unexpected: ${w}`);
  return lines.join("\n");
}

/** Time per report of remark-parse, remark-parse + remark-gfm and lint(), interleaved per report. */
function floor(corpus: CorpusFile[]): string {
  const step = Math.max(1, Math.floor(corpus.length / FLOOR_SAMPLE));
  const texts = corpus.filter((_, i) => i % step === 0).slice(0, FLOOR_SAMPLE).map((f) => readFileSync(f.path, "utf8"));
  const parseOnly = unified().use(remarkParse);
  const parseGfm = unified().use(remarkParse).use(remarkGfm);
  const floorSubjects = [
    { name: "remark-parse", run: (s: string) => parseOnly.parse(s).children.length },
    { name: "remark-parse + remark-gfm", run: (s: string) => parseGfm.parse(s).children.length },
    { name: "reportlint lint()", run: (s: string) => lint(s).messages.length + 1 },
  ];
  let sink = 0;
  for (const text of texts.slice(0, 30)) for (const s of floorSubjects) sink += s.run(text); // warm-up
  const times = floorSubjects.map((): number[] => []);
  for (const text of texts) {
    floorSubjects.forEach((s, i) => {
      const t0 = performance.now();
      sink += s.run(text);
      times[i]!.push(performance.now() - t0);
    });
  }
  const medians = times.map(median);
  const totals = times.map((t) => t.reduce((a, b) => a + b, 0));
  if (sink === -1) console.log(sink);
  return markdownTable(
    ["subject", "median per report", "total", "lint() vs this"],
    floorSubjects.map((s, i) => [s.name, fmtMs(medians[i]!), fmtMs(totals[i]!), i === 2 ? "" : ratio(medians[2]!, medians[i]!)]),
  );
}
