import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** The CLI tests run the built binary: bundle it once per vitest run (esbuild, well under a second). */
export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, "..", "..", "packages", "cli", "build.mjs")], { stdio: "inherit" });
}
