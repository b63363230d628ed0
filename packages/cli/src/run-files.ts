import { dirname } from "node:path";
import pc from "picocolors";
import type { Target } from "@reportlint/config";
import { ResultCache, optionsKey } from "./cache.ts";
import { FactPacker } from "./fact-store.ts";
import { FactPool } from "./facts-pool.ts";
import { haveWorkerScript, workerCount, WORKER_SCRIPT, type Concurrency } from "./concurrency.ts";
import type { FixMode } from "./engine.ts";
import type { Colors } from "./formatters/stylish.ts";
import { lintTarget } from "./lint-target.ts";
import { runInWorkers, type WorkerReply, type WorkerTask } from "./pool.ts";
import { readBytes } from "./read.ts";
import type { FileResult } from "./results.ts";
import type { Resolver, RunSettings } from "./settings.ts";
import { streamedFile, type PrintContext, type StreamedFile } from "./stylish-stream.ts";

/**
 * A report printed as the run goes (see stylish-stream.ts): each file becomes its part of the report
 * in the thread that linted it, so that no file's findings stay in memory, nor cross between threads.
 */
export interface RunStream {
  print: PrintContext;
  /** Whether the report is coloured: asked once workers start, or once a file has something to print. */
  color: () => boolean;
  /** Whether to pack each file's facts, for the cross-year checks at the end. */
  facts: boolean;
  /** Takes each file's part, in input order. */
  take(filePath: string, file: StreamedFile): void;
}

export interface RunFilesOptions {
  settings: RunSettings;
  resolver: Resolver;
  fix: FixMode;
  concurrency: Concurrency;
  cache?: ResultCache;
  /** Called once per file when its result is known (the progress bar). */
  onFile?: () => void;
  /** Instead of the outcome keeping the results: a report printed as the run goes. */
  stream?: RunStream;
}

export interface RunFilesOutcome {
  /** Every file's result, in input order; empty in a streamed run. */
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
 * the size of the files; in a streamed run, not even those. With a cache, a file whose key is known
 * is not linted again.
 */
export async function lintFiles(targets: readonly Target[], options: RunFilesOptions): Promise<RunFilesOutcome> {
  const { settings, resolver, fix, cache, onFile, stream } = options;
  const results: FileResult[] = [];
  const keys: (string | undefined)[] = new Array<string | undefined>(targets.length);
  const shared = new FactPool();
  const keepResult = inOrder<FileResult>((index, result) => {
    // A worker's result arrives with copies of its strings: the path is the walk's own again, the facts' alike parts the run's.
    const filePath = targets[index]!.path;
    results.push(result.facts || result.filePath !== filePath ? { ...result, filePath, ...(result.facts ? { facts: shared.share(result.facts) } : {}) } : result);
  });
  const keepStreamed = stream && inOrder<StreamedFile>((index, file) => stream.take(targets[index]!.path, file));
  const packer = stream?.facts ? new FactPacker("main") : undefined;
  let colors: Colors | undefined;
  const paint = (): Colors => (colors ??= pc.createColors(stream!.color()));
  const finish = (reply: WorkerReply): void => {
    const { index } = reply;
    if ("streamed" in reply) keepStreamed!(index, reply.streamed);
    else {
      if (keepStreamed) keepStreamed(index, streamedFile(reply.result, stream!.print, paint, packer));
      else keepResult(index, reply.result);
      const key = keys[index];
      // Only a plain lint is kept: after --fix the file is not what was hashed, and a dry run's result carries the text.
      if (cache && key !== undefined && fix === "off") cache.set(key, reply.result);
    }
    onFile?.();
  };

  // The files to lint, lazily, as the workers (or the loop) ask: a cached result is taken on the way.
  function* tasks(): Generator<WorkerTask> {
    for (const [index, target] of targets.entries()) {
      const cached = cache && lookUp(cache, target, index);
      if (cached) finish({ index, result: cached });
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
      finish({ index, result: await lintTarget(target, resolver.optionsFor(target.path), fix, settings.cwd) });
      // Back to the event loop now and then: V8 finishes its garbage collections in tasks that only
      // run there, and a loop that never returns to it let the heap grow with the number of files
      // (10,000 reports took 1.24 times the peak memory of 1,000; with this, 1.09–1.16).
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
    }
  } else {
    const locale = settings.locale ?? resolver.optionsFor(targets[0]!.path).locale;
    // With a cache, the main thread needs every result to keep: the workers send them whole.
    const workerStream = stream && !cache ? { stream: { print: stream.print, color: stream.color(), facts: stream.facts } } : {};
    await runInWorkers(tasks(), { script: WORKER_SCRIPT, workers, settings, fix, locale, ...workerStream }, finish);
  }
  cache?.save();
  return { results, workers };
}

/**
 * Takes values by index in any order and hands them to `take` in index order, from 0: a value that
 * arrives before one ahead of it is held until that one is there.
 */
function inOrder<T>(take: (index: number, value: T) => void): (index: number, value: T) => void {
  const ready = new Map<number, T>();
  let next = 0;
  return (index, value) => {
    ready.set(index, value);
    for (let held = ready.get(next); held !== undefined; held = ready.get(next)) {
      ready.delete(next);
      take(next++, held);
    }
  };
}
