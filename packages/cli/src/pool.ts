import type { Locale } from "@reportlint/core";
import { oneLine, type Target } from "@reportlint/config";
import type { FixMode } from "./engine.ts";
import { cliMessage } from "./messages.ts";
import { fileMessage, toResult, type FileResult } from "./results.ts";
import type { RunSettings } from "./settings.ts";
import type { PrintContext, StreamedFile } from "./stylish-stream.ts";
import { workerThreads } from "./builtins.ts";

/** A file for a worker: its place in the run, so that results come back in input order. */
export interface WorkerTask {
  index: number;
  target: Target;
}

/** A file's result; in a streamed run, its part of the report instead. */
export type WorkerReply = { index: number; result: FileResult } | { index: number; streamed: StreamedFile };

/** A streamed run: the workers make each file's part of the report themselves (see StreamedFile). */
export interface WorkerStream {
  print: PrintContext;
  color: boolean;
  /** Whether to pack the files' facts, for the cross-year checks. */
  facts: boolean;
}

export interface PoolOptions {
  /** dist/worker.cjs, next to the bundle. */
  script: URL;
  workers: number;
  settings: RunSettings;
  fix: FixMode;
  stream?: WorkerStream;
  /** The language of the message for a file whose worker died. */
  locale: Locale;
}

/**
 * How many files a worker holds at once: the next is already there when it answers, so that it never
 * waits a round trip through the main thread between files (the main thread is busy with replies).
 */
const IN_FLIGHT = 4;

/**
 * Lints `tasks` on `workers` worker threads. Each worker holds a few files (IN_FLIGHT) and gets the
 * next when it answers, so the tasks are pulled as they are needed (the iterable may be lazy) and a
 * slow file never holds others back for long. Replies are handed to `done` as they arrive. A worker
 * that dies (an uncaught error, running out of memory) costs only the file it was on (the oldest it
 * had not answered), reported as an internal error; the files it held besides go to a new worker,
 * which takes its place while files remain. Resolves when every task is done.
 */
export function runInWorkers(tasks: Iterable<WorkerTask>, options: PoolOptions, done: (reply: WorkerReply) => void): Promise<void> {
  const queue = tasks[Symbol.iterator]();
  const retry: WorkerTask[] = []; // held by a worker that died, not yet answered
  let exhausted = false;
  const take = (): WorkerTask | undefined => {
    if (retry.length > 0) return retry.shift();
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
      const worker = new (workerThreads().Worker)(options.script, { workerData: { settings: options.settings, fix: options.fix, stream: options.stream } });
      const held: WorkerTask[] = [];
      let failure = "";
      let stopping = false;
      const send = (task: WorkerTask): void => {
        held.push(task);
        worker.postMessage(task);
      };
      const fill = (): void => {
        for (let task = held.length < IN_FLIGHT ? take() : undefined; task; task = held.length < IN_FLIGHT ? take() : undefined) send(task);
        if (held.length === 0) {
          stopping = true;
          void worker.terminate();
        }
      };
      worker.on("message", (reply: WorkerReply) => {
        const at = held.findIndex((t) => t.index === reply.index);
        if (at >= 0) held.splice(at, 1);
        done(reply);
        fill();
      });
      worker.on("error", (error) => (failure = oneLine(error instanceof Error ? error.message : String(error))));
      worker.on("exit", (code) => {
        running--;
        if (!stopping && held.length > 0) {
          const [current, ...others] = held;
          const reason = `worker thread stopped${failure ? `: ${failure}` : ` (exit code ${code})`}`;
          done({ index: current!.index, result: toResult(current!.target.path, [fileMessage("internal-error", cliMessage("internal-error", options.locale, reason))]) });
          retry.push(...others);
          start(); // the run goes on with a fresh worker
          return;
        }
        if (running === 0) resolveAll();
      });
      send(first);
      fill();
    };
    for (let i = 0; i < options.workers; i++) start();
  });
}
