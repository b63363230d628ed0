import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

/** `--concurrency auto|off|N`, as parsed. */
export type Concurrency = "auto" | "off" | number;

/** Below this many files, starting workers (each loads the bundle and warms up its own compiler) costs more than it saves. */
export const AUTO_MIN_FILES = 50;
/**
 * On two cores, worker threads pay only from about this many files. A single-threaded run already
 * keeps the second core busy with V8's own threads (collector, compiler: 1.5 s of CPU per second of
 * wall time), so two workers gain little and start late; measured with `pnpm run bench:bulk` corpora,
 * the main thread was faster up to 1,000 reports (2.28 s against 2.40 s) and workers from 2,000
 * (3.60 s against 4.27 s).
 */
export const AUTO_MIN_FILES_TWO_CORES = 1500;
/** More workers than this gain nothing measurable: reading and the main thread's bookkeeping dominate. */
const AUTO_MAX_WORKERS = 8;

/** The worker's launcher: dist/worker.cjs next to the bundle, wherever the bundle was installed. */
export const WORKER_SCRIPT = new URL("./worker.cjs", import.meta.url);

/** Whether there is a worker script: not when the sources run directly (unit tests), only the bundle has one. */
export function haveWorkerScript(): boolean {
  return existsSync(fileURLToPath(WORKER_SCRIPT));
}

/**
 * How many worker threads lint `files` files; 0 means in the main thread. `auto` uses one worker per
 * core (at most 8), from 50 files with three cores or more, from 1,500 with two, never with one: the
 * main thread only hands out paths and collects results, so it does not need a core of its own. A
 * number is taken as given (never more workers than files).
 */
export function workerCount(concurrency: Concurrency, files: number, cores = availableParallelism()): number {
  if (concurrency === "off") return 0;
  if (concurrency !== "auto") return Math.min(concurrency, files);
  const enough = cores >= 3 ? files >= AUTO_MIN_FILES : cores === 2 && files >= AUTO_MIN_FILES_TWO_CORES;
  return enough ? Math.min(cores, AUTO_MAX_WORKERS) : 0;
}
