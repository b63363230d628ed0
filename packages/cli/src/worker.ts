import { oneLine } from "@reportlint/config";
import type { Target } from "@reportlint/config";
import type { FixMode } from "./engine.ts";
import { lintTarget } from "./lint-target.ts";
import { cliMessage } from "./messages.ts";
import { fileMessage, toResult } from "./results.ts";
import { resolveSettings, type RunSettings } from "./settings.ts";
import type { WorkerReply, WorkerTask } from "./pool.ts";
import { workerThreads } from "./builtins.ts";

/**
 * A worker thread of a parallel run (dist/worker.cjs). It resolves each file's configuration itself
 * from the run's settings, with its own ConfigLoader (the main thread checked them already), lints
 * the files the main thread sends one at a time, and answers with their results. A failure becomes
 * that file's internal-error message; the worker goes on with the next file.
 */
export function runWorker(): void {
  const { parentPort, workerData } = workerThreads();
  const { settings, fix } = workerData as { settings: RunSettings; fix: FixMode };
  const port = parentPort!;
  const resolver = resolveSettings(settings);

  port.on("message", async ({ index, target }: WorkerTask) => {
    let reply: WorkerReply;
    try {
      reply = { index, result: await lintTarget(target as Target, resolver.optionsFor(target.path), fix, settings.cwd) };
    } catch (error) {
      const reason = oneLine(error instanceof Error ? error.message : String(error));
      reply = { index, result: toResult(target.path, [fileMessage("internal-error", cliMessage("internal-error", settings.locale ?? "zh", reason))]) };
    }
    port.postMessage(reply);
  });
}
