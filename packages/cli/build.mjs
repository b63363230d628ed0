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
import { bundle, bundleDependency } from "../../scripts/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const core = join(here, "../core/src");
const config = join(here, "../config/src");
const lazy = [
  // remark: markdown-tree.ts parses the blocks reports are made of itself, and hands remark the rest.
  { module: join(core, "adapters/markdown-upstream.ts"), file: "./remark.cjs", exports: ["parseMarkdownUpstream"] },
  // The HTML parser (parse5, entities, hast-util-from-parse5, property-information): HTML pages only.
  { module: join(core, "adapters/html-tree.ts"), file: "./html.cjs", exports: ["parseHtmlTree"] },
  // Front matter other than plain `key: value` lines (markdown-front-matter.ts).
  { module: "yaml", file: "./yaml.cjs", exports: ["parseDocument", "isMap", "isScalar"] },
  // A configuration file: its parser, its validator, its `files` globs; a profile of the user's own.
  { module: "jsonc-parser", file: "./jsonc.cjs", exports: ["parse", "printParseErrorCode"] },
  { module: join(config, "validate-config.generated.ts"), file: "./validate-config.cjs", exports: ["schemaErrors"] },
  { module: "picomatch", file: "./picomatch.cjs", exports: ["default"] },
  { module: join(core, "profiles/validate-profile.generated.ts"), file: "./validate-profile.cjs", exports: ["schemaErrors"] },
  // Globs on the command line; the diff of --fix-dry-run.
  { module: "tinyglobby", file: "./glob.cjs", exports: ["glob", "isDynamicPattern"] },
  { module: "diff", file: "./diff.cjs", exports: ["createTwoFilesPatch"] },
];
await Promise.all([
  bundle(join(here, "src/bundle.ts"), join(here, "dist/cli.cjs"), { format: "cjs", separate: { mammoth: "./mammoth.cjs" }, lazy }),
  bundleDependency("mammoth", join(here, "../core"), join(here, "dist/mammoth.cjs")),
  bundle(join(here, "src/launch/reportlint.ts"), join(here, "dist/reportlint.cjs"), { format: "cjs" }),
  bundle(join(here, "src/launch/worker.ts"), join(here, "dist/worker.cjs"), { format: "cjs" }),
]);
