// dist/reportlint.cjs: starts the command from the bundle, dist/cli.cjs, through the code cache.
import { loadBundle } from "./code-cache.ts";

const { runCli } = loadBundle(new URL("./cli.cjs", import.meta.url), { writeCache: true, env: process.env }) as { runCli(): Promise<void> };
void runCli(); // it never rejects: every failure is a message and an exit code
