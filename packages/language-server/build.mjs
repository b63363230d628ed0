// Bundles src/server.ts and its dependencies (core, vscode-languageserver) into one ESM file, so that
// an editor starting the server reads one file instead of resolving hundreds of modules.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: [join(here, "src/server.ts")],
  outfile: join(here, "dist/server.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  mainFields: ["module", "main"],
  // vscode-languageserver and ajv are CommonJS and call require() for Node built-ins; an ESM bundle
  // has no require of its own. Aliased, because a plain `createRequire` import collides with bundled code.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
