import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** Provisions Neovim, Chromium and code-server (idempotent: about a second once installed); see scripts/e2e/tools.mjs. */
export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, "..", "..", "scripts", "e2e", "tools.mjs")], { stdio: "inherit" });
}
