import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { cliMessage } from "./messages.ts";
import { runInWorkers } from "./pool.ts";
import { fileMessage, toResult, type FileResult } from "./results.ts";

// A stand-in for dist/worker.cjs that answers with no findings and dies on a file named "crash".
const dir = mkdtempSync(join(tmpdir(), "reportlint-pool-"));
const script = join(dir, "worker.mjs");
writeFileSync(
  script,
  `import { parentPort } from "node:worker_threads";
parentPort.on("message", ({ index, target }) => {
  if (target.path === "/crash") throw new Error("boom");
  parentPort.postMessage({ index, result: { filePath: target.path, messages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 } });
});
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("runInWorkers", () => {
  it("hands every task to a worker; a worker that dies costs only its file, reported as an internal error, and the run goes on", async () => {
    const paths = ["/a", "/crash", "/b", "/c", "/crash", "/d"];
    const results: FileResult[] = [];
    const settings = { cwd: "/", rule: [] };
    await runInWorkers(
      paths.map((path, index) => ({ index, target: { path } })),
      { script: pathToFileURL(script), workers: 2, settings, fix: "off", locale: "en" },
      (reply) => "result" in reply && (results[reply.index] = reply.result),
    );
    const crashed = toResult("/crash", [fileMessage("internal-error", cliMessage("internal-error", "en", "worker thread stopped: boom"))]);
    expect(results).toEqual([toResult("/a", []), crashed, toResult("/b", []), toResult("/c", []), crashed, toResult("/d", [])]);
  });

  it("resolves at once when there is nothing to do", async () => {
    const done: number[] = [];
    await runInWorkers([], { script: pathToFileURL(script), workers: 2, settings: { cwd: "/", rule: [] }, fix: "off", locale: "en" }, (reply) => done.push(reply.index));
    expect(done).toEqual([]);
  });
});
