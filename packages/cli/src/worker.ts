import pc from "picocolors";
import { oneLine } from "@reportlint/config";
import type { Target } from "@reportlint/config";
import type { FixMode } from "./engine.ts";
import { FactPacker } from "./fact-store.ts";
import { lintTarget } from "./lint-target.ts";
import { cliMessage } from "./messages.ts";
import { fileMessage, toResult, type FileResult } from "./results.ts";
import { resolveSettings, type RunSettings } from "./settings.ts";
import { streamedFile } from "./stylish-stream.ts";
import type { WorkerReply, WorkerStream, WorkerTask } from "./pool.ts";
import { workerThreads } from "./builtins.ts";

/**
 * A worker thread of a parallel run (dist/worker.cjs). It resolves each file's configuration itself
 * from the run's settings, with its own ConfigLoader (the main thread checked them already), lints
 * the files the main thread sends one at a time, and answers with their results, or in a streamed
 * run with their parts of the report. A failure becomes that file's internal-error message; the
 * worker goes on with the next file.
 */
export function runWorker(): void {
  const { parentPort, workerData, threadId } = workerThreads();
  const { settings, fix, stream } = workerData as { settings: RunSettings; fix: FixMode; stream?: WorkerStream };
  const port = parentPort!;
  const resolver = resolveSettings(settings);
  const colors = stream && pc.createColors(stream.color);
  const packer = stream?.facts ? new FactPacker(`worker ${threadId}`) : undefined;
  const reply = (index: number, result: FileResult): WorkerReply =>
    stream ? { index, streamed: streamedFile(result, stream.print, () => colors!, packer) } : { index, result };

  port.on("message", async ({ index, target }: WorkerTask) => {
    let result: FileResult;
    try {
      result = await lintTarget(target as Target, resolver.optionsFor(target.path), fix, settings.cwd);
    } catch (error) {
      const reason = oneLine(error instanceof Error ? error.message : String(error));
      result = toResult(target.path, [fileMessage("internal-error", cliMessage("internal-error", settings.locale ?? "zh", reason))]);
    }
    port.postMessage(reply(index, result));
  });
}
