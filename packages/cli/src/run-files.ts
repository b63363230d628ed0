import { dirname } from "node:path";
import type { Target } from "@reportlint/config";
import { ResultCache, optionsKey } from "./cache.ts";
import { FactPool } from "./facts-pool.ts";
import { haveWorkerScript, workerCount, WORKER_SCRIPT, type Concurrency } from "./concurrency.ts";
import type { FixMode } from "./engine.ts";
import { lintTarget } from "./lint-target.ts";
import { runInWorkers, type WorkerTask } from "./pool.ts";
import { readBytes } from "./read.ts";
import type { FileResult } from "./results.ts";
import type { Resolver, RunSettings } from "./settings.ts";

export interface RunFilesOptions {
  settings: RunSettings;
  resolver: Resolver;
  fix: FixMode;
  concurrency: Concurrency;
  cache?: ResultCache;
  /** Called once per file when its result is known (the progress bar). */
  onFile?: () => void;
  /**
   * Takes each file's result, in input order, instead of the outcome keeping them: a report that is
   * printed as the run goes keeps no file's findings in memory (see stylish-stream.ts).
   */
  onResult?: (result: FileResult) => void;
}

export interface RunFilesOutcome {
  /** Every file's result, in input order; empty when `onResult` took them. */
  results: FileResult[];
  /** How many worker threads linted (0: the main thread). */
  workers: number;
}

/** Files linted in the main thread between two returns to the event loop. */
const YIELD_EVERY = 8;

/**
 * Lints the files, in the main thread or on worker threads (`workerCount`), and returns their
 * results in input order: argument order, each directory walked in name order, whichever thread
 * finished first (ESLint sorts by path; here the order the user gave is kept, and a walk is sorted
 * already). Only the results are kept, never the texts, so memory grows with the findings, not with
 * the size of the files; with `onResult`, not even those. With a cache, a file whose key is known is
 * not linted again.
 */
export async function lintFiles(targets: readonly Target[], options: RunFilesOptions): Promise<RunFilesOutcome> {
  const { settings, resolver, fix, cache, onFile, onResult } = options;
  const results: FileResult[] = [];
  const ready = new Map<number, FileResult>(); // finished before a file ahead of them: held until it is
  let next = 0;
  const keys: (string | undefined)[] = new Array<string | undefined>(targets.length);
  const shared = new FactPool();
  const finish = (index: number, result: FileResult): void => {
    // A worker's result arrives with copies of its strings: the path is the walk's own again, the facts' alike parts the run's.
    const filePath = targets[index]!.path;
    ready.set(index, result.facts || result.filePath !== filePath ? { ...result, filePath, ...(result.facts ? { facts: shared.share(result.facts) } : {}) } : result);
    for (let done = ready.get(next); done; done = ready.get(next)) {
      ready.delete(next++);
      if (onResult) onResult(done);
      else results.push(done);
    }
    const key = keys[index];
    // Only a plain lint is kept: after --fix the file is not what was hashed, and a dry run's result carries the text.
    if (cache && key !== undefined && fix === "off") cache.set(key, result);
    onFile?.();
  };

  // The files to lint, lazily, as the workers (or the loop) ask: a cached result is taken on the way.
  function* tasks(): Generator<WorkerTask> {
    for (const [index, target] of targets.entries()) {
      const cached = cache && lookUp(cache, target, index);
      if (cached) finish(index, cached);
      else yield { index, target };
    }
  }
  const optionKeys = new Map<string, string>(); // by directory: files of a directory share their options
  const lookUp = (store: ResultCache, target: Target, index: number): FileResult | undefined => {
    if (target.unreadableDirectory !== undefined) return undefined;
    const read = readBytes(target.path);
    if (!read.ok) return undefined; // linting reads it again and says why it cannot
    const dir = dirname(target.path);
    let optionsHash = optionKeys.get(dir);
    if (optionsHash === undefined) optionKeys.set(dir, (optionsHash = optionsKey(resolver.optionsFor(target.path))));
    const key = ResultCache.key(read.bytes, optionsHash);
    keys[index] = key;
    const hit = store.get(target.path, key);
    // A result with fixes to make is linted again under --fix or --fix-dry-run, so that they are made or shown.
    return hit && (fix === "off" || !hit.messages.some((m) => m.fix)) ? hit : undefined;
  };

  const workers = haveWorkerScript() ? workerCount(options.concurrency, targets.length) : 0;
  if (workers === 0) {
    for (const { index, target } of tasks()) {
      finish(index, await lintTarget(target, resolver.optionsFor(target.path), fix, settings.cwd));
      // Back to the event loop now and then: V8 finishes its garbage collections in tasks that only
      // run there, and a loop that never returns to it let the heap grow with the number of files
      // (10,000 reports took 1.24 times the peak memory of 1,000; with this, 1.09–1.16).
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
    }
  } else {
    const locale = settings.locale ?? resolver.optionsFor(targets[0]!.path).locale;
    await runInWorkers(tasks(), { script: WORKER_SCRIPT, workers, settings, fix, locale }, finish);
  }
  cache?.save();
  return { results, workers };
}
