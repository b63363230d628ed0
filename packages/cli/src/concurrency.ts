import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";

/** `--concurrency auto|off|N`, as parsed. */
export type Concurrency = "auto" | "off" | number;

/** Below this many files, starting workers (about 30 ms each, with the bundle to load) costs more than it saves. */
export const AUTO_MIN_FILES = 50;
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
 * core (at most 8), and only for 50 files or more and two cores or more: the main thread only hands
 * out paths and collects results, so it does not need a core of its own. A number is taken as given
 * (never more workers than files).
 */
export function workerCount(concurrency: Concurrency, files: number, cores = availableParallelism()): number {
  if (concurrency === "off") return 0;
  if (concurrency === "auto") return cores >= 2 && files >= AUTO_MIN_FILES ? Math.min(cores, AUTO_MAX_WORKERS) : 0;
  return Math.min(concurrency, files);
}
