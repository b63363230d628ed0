// Bundles src/main.ts and its dependencies (core, commander, ajv, picocolors, tinyglobby) into one
// ESM file, so that starting the CLI reads one file instead of resolving hundreds of modules.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: [join(here, "src/main.ts")],
  outfile: join(here, "dist/reportlint.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  // jsonc-parser's "main" is a UMD build whose inner require() calls a bundler cannot follow.
  mainFields: ["module", "main"],
  // CommonJS dependencies (ajv, picocolors) call require() for Node built-ins; an ESM bundle has no
  // require of its own. Aliased, because a plain `createRequire` import collides with bundled code.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
