// One way to bundle a program of this repository (the CLI, the language server, the VS Code
// extension) into a single file for Node 20, so that starting it reads one file instead of resolving
// hundreds of modules. ESM by default; the extension needs CommonJS, which VS Code's extension host requires().
import { createRequire } from "node:module";
import { join } from "node:path";
import { build } from "esbuild";

/**
 * `separate` maps a dependency the program loads with `await import()` to a file next to the bundle
 * (CommonJS only), built from it by `bundleDependency`: the bundle then neither reads nor compiles it
 * unless the program gets there, which keeps a small run's start-up small (the .docx reader is a
 * third of the command).
 */
export function bundle(entry, outfile, { format = "esm", external = [], separate = {} } = {}) {
  const separately = {
    name: "separate",
    setup(build) {
      for (const [name, file] of Object.entries(separate)) {
        build.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: file, external: true }));
      }
    },
  };
  return build({
    plugins: [separately],
    // import() of a separate file becomes a require() made when it is reached, which the code cache's loader provides.
    supported: format === "cjs" ? { "dynamic-import": false } : {},
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
    banner: { js: format === "esm" ? "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" : "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    // A CommonJS bundle has no import.meta; what the sources use it for (files next to the bundle) is the bundle's own URL.
    define: format === "cjs" ? { "import.meta.url": "__bundleUrl" } : {},
  });
}

/** Bundles the package `name`, resolved from `from` (a directory of the repository), into one CommonJS file. */
export function bundleDependency(name, from, outfile) {
  const entry = createRequire(join(from, "package.json")).resolve(name);
  return bundle(entry, outfile, { format: "cjs" });
}
