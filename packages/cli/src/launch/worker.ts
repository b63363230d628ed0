// dist/worker.cjs: a worker thread of a parallel run, from the same bundle and code cache as the command.
import { loadBundle } from "./code-cache.ts";

// The main thread writes the cache; a worker that found none compiles without it.
const { runWorker } = loadBundle(new URL("./cli.cjs", import.meta.url), { writeCache: false, env: process.env }) as { runWorker(): void };
runWorker();
