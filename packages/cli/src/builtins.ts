import { createRequire } from "node:module";

// Node's modules that only some runs need, loaded on first use: a plain run over a few files never
// pays for them (node:crypto and node:worker_threads cost about 3 ms of start-up each). createRequire
// works alike from the sources and from the bundle.
const load = createRequire(import.meta.url);

/** node:crypto: for the cache's keys, SARIF fingerprints and --fix's temporary names. */
export const crypto = (): typeof import("node:crypto") => load("node:crypto") as typeof import("node:crypto");

/** node:worker_threads: for parallel runs. */
export const workerThreads = (): typeof import("node:worker_threads") => load("node:worker_threads") as typeof import("node:worker_threads");
