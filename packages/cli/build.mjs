// Bundles the command (core, config, commander, picocolors, …) into one CommonJS file, dist/cli.cjs,
// holding the main thread's and the worker thread's entries, and the two small launchers that run it
// through V8's code cache (src/launch/): dist/reportlint.cjs and dist/worker.cjs. The bundle finds the
// worker's launcher by a path relative to itself (new URL("./worker.cjs", import.meta.url)).
//
// What most runs never use is left out of the bundle, in files next to it that it loads when a run
// gets there (scripts/bundle.mjs): the .docx reader, and the `lazy` chunks below. A small Markdown
// run then reads, deserialises and initialises about half the code.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, bundleChunk, bundleDependency } from "../../scripts/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const core = join(here, "../core");
const config = join(here, "../config");
const lazy = [
  // The HTML parser (parse5, entities, hast-util-from-parse5, property-information): HTML pages only.
  { module: join(core, "src/adapters/html-tree.ts"), from: core, file: "./html.cjs", exports: ["parseHtmlTree"] },
  // Front matter other than plain `key: value` lines (markdown-front-matter.ts).
  { module: "yaml", from: core, file: "./yaml.cjs", exports: ["parseDocument", "isMap", "isScalar"] },
  // The schema validators: a configuration file, a profile of the user's own.
  { module: join(config, "src/validate-config.generated.ts"), from: config, file: "./validate-config.cjs", exports: ["schemaErrors"] },
  { module: join(core, "src/profiles/validate-profile.generated.ts"), from: core, file: "./validate-profile.cjs", exports: ["schemaErrors"] },
  // Globs on the command line.
  { module: "tinyglobby", from: here, file: "./glob.cjs", exports: ["glob", "isDynamicPattern"] },
];
await Promise.all([
  bundle(join(here, "src/bundle.ts"), join(here, "dist/cli.cjs"), { format: "cjs", separate: { mammoth: "./mammoth.cjs" }, lazy }),
  bundleDependency("mammoth", core, join(here, "dist/mammoth.cjs")),
  ...lazy.map((chunk) => bundleChunk(chunk, chunk.from, join(here, "dist", chunk.file))),
  bundle(join(here, "src/launch/reportlint.ts"), join(here, "dist/reportlint.cjs"), { format: "cjs" }),
  bundle(join(here, "src/launch/worker.ts"), join(here, "dist/worker.cjs"), { format: "cjs" }),
]);
