import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** The language-server tests start the built server: bundle it once per vitest run (esbuild, well under a second). */
export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, "..", "..", "packages", "language-server", "build.mjs")], { stdio: "inherit" });
}
