import type { Locale } from "@reportlint/core";
import { oneLine, type Target } from "@reportlint/config";
import type { FixMode } from "./engine.ts";
import { cliMessage } from "./messages.ts";
import { fileMessage, toResult, type FileResult } from "./results.ts";
import type { RunSettings } from "./settings.ts";
import { workerThreads } from "./builtins.ts";

/** A file for a worker: its place in the run, so that results come back in input order. */
export interface WorkerTask {
  index: number;
  target: Target;
}

export interface WorkerReply {
  index: number;
  result: FileResult;
}

export interface PoolOptions {
  /** dist/worker.cjs, next to the bundle. */
  script: URL;
  workers: number;
  settings: RunSettings;
  fix: FixMode;
  /** The language of the message for a file whose worker died. */
  locale: Locale;
}

/**
 * Lints `tasks` on `workers` worker threads. Each worker gets one file at a time and the next when
 * it answers, so the tasks are pulled as they are needed (the iterable may be lazy) and a slow file
 * never holds others back. Results are handed to `done` as they arrive, with their index. A worker
 * that dies (an uncaught error, running out of memory) costs only the file it was on, reported as an
 * internal error; a new worker takes its place while files remain. Resolves when every task is done.
 */
export function runInWorkers(tasks: Iterable<WorkerTask>, options: PoolOptions, done: (index: number, result: FileResult) => void): Promise<void> {
  const queue = tasks[Symbol.iterator]();
  let exhausted = false;
  const take = (): WorkerTask | undefined => {
    if (exhausted) return undefined;
    const next = queue.next();
    if (next.done) exhausted = true;
    return next.done ? undefined : next.value;
  };

  return new Promise((resolveAll) => {
    let running = 0;
    const start = (): void => {
      const first = take();
      if (first === undefined) {
        if (running === 0) resolveAll();
        return;
      }
      running++;
      const worker = new (workerThreads().Worker)(options.script, { workerData: { settings: options.settings, fix: options.fix } });
      let current: WorkerTask | undefined = first;
      let failure = "";
      let stopping = false;
      const feed = (task: WorkerTask | undefined): void => {
        current = task;
        if (task) worker.postMessage(task);
        else {
          stopping = true;
          void worker.terminate();
        }
      };
      worker.on("message", (reply: WorkerReply) => {
        done(reply.index, reply.result);
        feed(take());
      });
      worker.on("error", (error) => (failure = oneLine(error instanceof Error ? error.message : String(error))));
      worker.on("exit", (code) => {
        running--;
        if (!stopping && current) {
          const reason = `worker thread stopped${failure ? `: ${failure}` : ` (exit code ${code})`}`;
          done(current.index, toResult(current.target.path, [fileMessage("internal-error", cliMessage("internal-error", options.locale, reason))]));
          start(); // the run goes on with a fresh worker
          return;
        }
        if (running === 0) resolveAll();
      });
      feed(first);
    };
    for (let i = 0; i < options.workers; i++) start();
  });
}
