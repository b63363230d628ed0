/**
 * What the language server adds to the engine between an edit and its diagnostics. Run with
 * `pnpm bench:lsp`, which builds first: it times the built packages/language-server/dist/server.js
 * and packages/cli/dist/reportlint.cjs against lint() from the sources they were just built from.
 * (`scripts/run-ts.sh bench/lsp.ts` alone times whatever was built last.)
 *
 * Two reports: fixtures/samples/huaian-2024.md (9 KB) and the same report grown to about 1 MB the
 * way bench/engine.ts grows it (the narrative of sections 一 and 五 written over and over, the tables
 * unchanged; bench/reports.ts). The server is started over stdio with debounceMs 0, so no debounce
 * delay is in the times. Every edit toggles one cell of 表三 (自然人 of 本年新收, 3001 ↔ 3002)
 * between right and wrong, so the diagnostics really change; each timed edit waits for the
 * publishDiagnostics of exactly its version and checks them against what lint() finds in that text.
 *   (a) LSP, full sync:   didChange carrying the whole text     → publishDiagnostics for that version
 *   (b) LSP, incremental: didChange replacing the one cell only → publishDiagnostics for that version
 *   (c) engine:           core lint() in this process, with the options the CLI lints a .md file with
 *   (d) CLI:              `node packages/cli/dist/reportlint.cjs <file>`, wall time of the whole process
 * (c) is the baseline: latency/engine and latency − engine are the server's overhead (JSON-RPC,
 * document sync, its settings and configuration lookup, diagnostics conversion, its event loop).
 * (a), (b) and (c) are timed in interleaved rounds after a warm-up, (a) and (b) in alternating order,
 * each after a rest of --gap ms (in which the other process's background garbage collection can
 * finish), and the overhead is paired: the median over rounds of each edit against the lint() of
 * its own round, so that a burst of load on the machine falls on both. (d) runs in every round at
 * first, then every fourth, as each costs a whole Node start. The document and the CLI's files are in a fresh
 * temporary directory, where neither finds a configuration file.
 *
 * On a shared machine the times follow its load (printed at the start and the end): compare runs
 * made at a similar load.
 *
 * Options: --min-ms=<per subject and report, default 3000> --min-runs=<default 50>
 *          --cli-runs=<default 10> --size=<generated report in KB, default 1024> --gap=<ms, default 50>
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from "vscode-languageserver-protocol/node";
import { lint, type LintOptions } from "../packages/core/src/index.ts";
import { largerReport, scaleForSize, typicalReport } from "./reports.ts";
import { markdownTable, median, percentile } from "./table.ts";

const args = new Map(
  process.argv.slice(2).flatMap((a) => {
    const m = /^--([\w-]+)=(.*)$/u.exec(a);
    return m ? [[m[1]!, m[2]!] as const] : [];
  }),
);
const MIN_MS = Number(args.get("min-ms") ?? 3000);
const MIN_RUNS = Number(args.get("min-runs") ?? 50);
const CLI_RUNS = Number(args.get("cli-runs") ?? 10);
const SIZE_KB = Number(args.get("size") ?? 1024);
const WARMUP_MS = 1000;
const WARMUP_ROUNDS = 5;
const TIMEOUT_MS = 60_000;
const GAP_MS = Number(args.get("gap") ?? 50);
/** The rest before each timed subject. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, GAP_MS));

// run-ts.sh bundles this file into a temporary directory: paths are relative to where it is run, the repo root.
const root = process.cwd();
const SERVER = join(root, "packages/language-server/dist/server.js");
const CLI = join(root, "packages/cli/dist/reportlint.cjs");
/** What the CLI lints a .md file with when it finds no configuration file (lintOptionsFor in packages/config, inFormatOf in packages/cli). */
const CLI_OPTIONS: LintOptions = { rules: {}, locale: "zh", format: "markdown" };

/** The cell toggled: 表三, 一、本年新收政府信息公开申请数量, 自然人. */
const ROW = "| 一、本年新收政府信息公开申请数量 | ";
const RIGHT = "3001";
const WRONG = "3002";

/** One report in its two states, the offset of the toggled cell and what lint() finds in each state. */
interface Variant {
  name: string;
  /** The name of its file in the temporary directory (the document's URI and the CLI's argument). */
  file: string;
  right: string;
  wrong: string;
  cell: number;
  expected: { right: string; wrong: string };
}

function variant(name: string, file: string, right: string): Variant {
  const at = right.indexOf(ROW + RIGHT + " |");
  if (at < 0 || right.indexOf(ROW, at + 1) >= 0) throw new Error(`${name}: the cell to toggle is not there exactly once`);
  const cell = at + ROW.length;
  const wrong = right.slice(0, cell) + WRONG + right.slice(cell + RIGHT.length);
  const expected = { right: signature(lint(right, CLI_OPTIONS).messages), wrong: signature(lint(wrong, CLI_OPTIONS).messages) };
  if (expected.right === expected.wrong) throw new Error(`${name}: toggling the cell does not change the findings`);
  return { name, file, right, wrong, cell, expected };
}

/** Findings as comparable text: the core's 1-based line and column, and the message. */
function signature(items: { line: number; column: number; message: string }[]): string {
  return items.map((m) => `${m.line}:${m.column} ${m.message}`).join("\n");
}
const diagnosticsSignature = (p: PublishDiagnosticsParams): string =>
  signature(p.diagnostics.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: typeof d.message === "string" ? d.message : d.message.value })));

/** The LSP position (0-based line, UTF-16 character) of a string offset. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** A client of the built server over its stdio, noting when each publishDiagnostics arrives. */
class Client {
  private waiting: { uri: string; version: number; resolve: (r: { params: PublishDiagnosticsParams; at: number }) => void } | undefined;

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const at = performance.now();
      const w = this.waiting;
      if (w && params.uri === w.uri && params.version === w.version) {
        this.waiting = undefined;
        w.resolve({ params, at });
      }
    });
  }

  static async start(): Promise<Client> {
    const child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    connection.listen();
    const client = new Client(child, connection);
    await within(connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } }), "initialize");
    await connection.sendNotification("initialized", {});
    return client;
  }

  /** Resolves with the diagnostics published for `uri` at `version` and the time they arrived. */
  published(uri: string, version: number): Promise<{ params: PublishDiagnosticsParams; at: number }> {
    return within(new Promise((resolve) => (this.waiting = { uri, version, resolve })), `diagnostics for version ${version}`);
  }

  async stop(): Promise<void> {
    try {
      await within(this.connection.sendRequest("shutdown"), "shutdown");
      await this.connection.sendNotification("exit");
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    }
  }
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface Times {
  full: number[];
  incremental: number[];
  engine: number[];
  cli: number[];
}

async function measure(client: Client, dir: string, v: Variant): Promise<{ times: Times; rounds: number }> {
  const uri = pathToFileURL(join(dir, v.file)).href;
  const files = { right: join(dir, `right-${v.file}`), wrong: join(dir, `wrong-${v.file}`) };
  writeFileSync(files.right, v.right);
  writeFileSync(files.wrong, v.wrong);
  const cellRange = { start: positionAt(v.right, v.cell), end: positionAt(v.right, v.cell + RIGHT.length) };

  let version = 1;
  let wrongNow = false;
  const opened = client.published(uri, version);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "markdown", version, text: v.right } });
  check((await opened).params, false);

  function check(params: PublishDiagnosticsParams, wrong: boolean): void {
    const got = diagnosticsSignature(params);
    const want = wrong ? v.expected.wrong : v.expected.right;
    if (got !== want) throw new Error(`${v.name}, version ${params.version}: the server published\n${got}\nbut lint() finds\n${want}`);
  }

  /** Toggles the cell through the server and times it until its diagnostics arrive. */
  async function edit(incremental: boolean): Promise<number> {
    wrongNow = !wrongNow;
    const text = wrongNow ? v.wrong : v.right;
    const change: TextDocumentContentChangeEvent = incremental ? { range: cellRange, text: wrongNow ? WRONG : RIGHT } : { text };
    const arrived = client.published(uri, ++version);
    const t0 = performance.now();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    const { params, at } = await arrived;
    check(params, wrongNow);
    return at - t0;
  }

  let engineWrong = false;
  function engine(): number {
    engineWrong = !engineWrong;
    const t0 = performance.now();
    const { messages } = lint(engineWrong ? v.wrong : v.right, CLI_OPTIONS);
    const dt = performance.now() - t0;
    if (signature(messages) !== (engineWrong ? v.expected.wrong : v.expected.right)) throw new Error(`${v.name}: lint() is not deterministic`);
    return dt;
  }

  let cliWrong = false;
  function cli(): number {
    cliWrong = !cliWrong;
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [CLI, cliWrong ? files.wrong : files.right], { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26 });
    const dt = performance.now() - t0;
    if (run.status !== (cliWrong ? 1 : 0)) throw new Error(`${v.name}: the CLI exited ${run.status}: ${run.stderr.toString()}`);
    return dt;
  }

  /** One round: both kinds of edit, in alternating order so that each alternates right and wrong, then the engine. */
  let round = 0;
  async function oneRound(times: Times): Promise<void> {
    const first = round % 2 === 0;
    round++;
    for (const incremental of first ? [false, true] : [true, false]) {
      await pause();
      (incremental ? times.incremental : times.full).push(await edit(incremental));
    }
    await pause();
    times.engine.push(engine());
  }

  const warmup: Times = { full: [], incremental: [], engine: [], cli: [] };
  const warmEnd = performance.now() + WARMUP_MS;
  while (round < WARMUP_ROUNDS || performance.now() < warmEnd) await oneRound(warmup);
  warmup.cli.push(cli(), cli());

  round = 0;
  const times: Times = { full: [], incremental: [], engine: [], cli: [] };
  const spent = (t: number[]): number => t.reduce((a, b) => a + b, 0);
  while (round < MIN_RUNS || [times.full, times.incremental, times.engine].some((t) => spent(t) < MIN_MS)) {
    await oneRound(times);
    // The CLI in every round until it has half its runs, then every fourth, up to CLI_RUNS.
    if (times.cli.length < CLI_RUNS && (times.cli.length < CLI_RUNS / 2 || round % 4 === 0)) times.cli.push(cli());
  }
  while (times.cli.length < CLI_RUNS) times.cli.push(cli());
  return { times, rounds: round };
}

const typical = typicalReport(root);
const scale = scaleForSize(typical, SIZE_KB * 1024);
const variants = [variant("huaian-2024.md", "huaian-2024.md", typical), variant(`generated (narrative ×${scale})`, "generated.md", largerReport(typical, scale))];

const kb = (s: string): string => `${(Buffer.byteLength(s, "utf8") / 1024).toFixed(1)} KB`;
const ms = (v: number): string => `${v < 100 ? v.toFixed(2) : v.toFixed(0)} ms`;

const load = (): string => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`;
console.log(
  `reportlint language-server benchmark — Node ${process.version}, didChange → publishDiagnostics with debounceMs 0; ` +
    `median and p95 per edit after ${WARMUP_MS} ms and ≥${WARMUP_ROUNDS} rounds of warm-up, ≥${MIN_RUNS} edits and ≥${MIN_MS} ms per subject, CLI ${CLI_RUNS} runs; ${load()}\n`,
);
const dir = mkdtempSync(join(tmpdir(), "reportlint-bench-lsp-"));
const rows: string[][] = [];
try {
  const client = await Client.start();
  try {
    for (const v of variants) {
      const { times, rounds } = await measure(client, dir, v);
      const engine = median(times.engine);
      const cli = median(times.cli);
      for (const [sync, t] of [["(a) full", times.full], ["(b) incremental", times.incremental]] as const) {
        const latency = median(t);
        // Paired: each edit against the lint() of its own round, so that a burst of load on the machine falls on both.
        const overRatio = median(t.map((x, i) => x / times.engine[i]!));
        const overMs = median(t.map((x, i) => x - times.engine[i]!));
        rows.push([v.name, kb(v.right), sync, String(rounds), ms(latency), ms(percentile(t, 95)), ms(engine), ms(percentile(times.engine, 95)), `${overRatio.toFixed(2)}×`, ms(overMs), ms(cli), `${(latency / cli).toFixed(2)}×`]);
      }
    }
  } finally {
    await client.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const header = ["report", "size", "sync", "edits", "latency median", "latency p95", "(c) engine median", "engine p95", "latency/engine", "latency − engine", "(d) CLI wall median", "latency/CLI"];
console.log(markdownTable(header, rows));
console.log(`\nlatency/engine and latency − engine: medians over rounds of each edit against the lint() of its round; ${load()} at the end`);
