// dist/reportlint.cjs: starts the command from the bundle, dist/cli.cjs, through the code cache.
import { setFlagsFromString } from "node:v8";
import { loadBundle } from "./code-cache.ts";

// A run lints files one after another, and what a file allocates dies with it. V8's allocation-site
// pretenuring samples the heap while a file is half done, sees everything that file has made so far
// alive, and from then on allocates from those sites straight into the old generation, where dead
// files pile up until a full collection: a worker's heap then saws between 7 and 45 MB. Without it
// the old generation stays near what is really live, so the peak no longer grows with the length of
// the run. The flag is process-wide and set before anything is compiled, so that every thread, and
// the code cache (V8 keys it by its flags), sees the same flags in every run.
setFlagsFromString("--no-allocation-site-pretenuring");

const { runCli } = loadBundle(new URL("./cli.cjs", import.meta.url), { writeCache: true, env: process.env }) as { runCli(): Promise<void> };
void runCli(); // it never rejects: every failure is a message and an exit code
