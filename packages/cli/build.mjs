// Bundles the command (core, config, commander, picocolors, tinyglobby, …) into one CommonJS file,
// dist/cli.cjs, holding the main thread's and the worker thread's entries, and the two small launchers
// that run it through V8's code cache (src/launch/): dist/reportlint.cjs and dist/worker.cjs. The bundle
// finds the worker's launcher by a path relative to itself (new URL("./worker.cjs", import.meta.url)),
// and the .docx reader, dist/mammoth.cjs, which it loads only when it reads a .docx.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, bundleDependency } from "../../scripts/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
await Promise.all([
  bundle(join(here, "src/bundle.ts"), join(here, "dist/cli.cjs"), { format: "cjs", separate: { mammoth: "./mammoth.cjs" } }),
  bundleDependency("mammoth", join(here, "../core"), join(here, "dist/mammoth.cjs")),
  bundle(join(here, "src/launch/reportlint.ts"), join(here, "dist/reportlint.cjs"), { format: "cjs" }),
  bundle(join(here, "src/launch/worker.ts"), join(here, "dist/worker.cjs"), { format: "cjs" }),
]);
