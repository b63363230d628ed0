// Preloaded (--require) into a process the bulk benchmark measures: at exit, the main thread writes the
// process's peak resident memory (KB, all threads included) to the file REPORTLINT_BENCH_RSS names.
const { isMainThread } = require("node:worker_threads");
const { writeFileSync } = require("node:fs");

const file = process.env.REPORTLINT_BENCH_RSS;
if (file && isMainThread) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
