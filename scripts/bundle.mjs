// One way to bundle a program of this repository (the CLI, the language server, the VS Code
// extension) into a single file for Node 20, so that starting it reads one file instead of resolving
// hundreds of modules. ESM by default; the extension needs CommonJS, which VS Code's extension host requires().
import { build } from "esbuild";

export function bundle(entry, outfile, { format = "esm", external = [] } = {}) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format,
    external,
    target: "node20",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    // Some dependencies (jsonc-parser) ship a UMD "main" whose inner require() calls a bundler cannot follow.
    mainFields: ["module", "main"],
    // CommonJS dependencies (ajv, vscode-languageserver, picocolors) call require() for Node built-ins;
    // an ESM bundle has no require of its own. Aliased, because a plain `createRequire` import
    // collides with bundled code.
    banner: format === "esm" ? { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } : {},
  });
}
