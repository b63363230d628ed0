// The one bundle of the command (dist/cli.cjs): the main thread's entry and the worker thread's,
// so that both start from one compiled program and one code cache (see launch/code-cache.ts).
export { runCli } from "./main.ts";
export { runWorker } from "./worker.ts";
