// One way to bundle a program of this repository (the CLI, the language server, the VS Code
// extension) into a single file for Node 20, so that starting it reads one file instead of resolving
// hundreds of modules. ESM by default; the extension needs CommonJS, which VS Code's extension host requires().
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { build } from "esbuild";

/**
 * `separate` maps a dependency the program loads with `await import()` to a file next to the bundle
 * (CommonJS only), built from it by `bundleDependency`: the bundle then neither reads nor compiles it
 * unless the program gets there, which keeps a small run's start-up small (the .docx reader is a
 * third of the command).
 *
 * `lazy` does the same for a module the program imports statically but needs on few runs (the HTML
 * parser, the YAML parser, the schema validators): a list of `{ module, file, exports }`, where
 * `module` is a package name or an absolute source path, `file` the chunk next to the bundle, and
 * `exports` the functions the program calls. The bundle gets in its place a module of the same
 * functions, each of which loads the chunk with require() on its first call; importing any other
 * name from it fails the build. The chunks are built from the very files the program's imports
 * resolved to. CommonJS only.
 */
export async function bundle(entry, outfile, { format = "esm", external = [], separate = {}, lazy = [] } = {}) {
  if (lazy.length > 0 && format !== "cjs") throw new Error("lazy chunks need a CommonJS bundle");
  const chunkFiles = new Set([...Object.values(separate), ...lazy.map((l) => l.file)]);
  const resolved = new Map(); // lazy entry -> the file its imports resolved to
  const own = Symbol("lazy");
  const plugin = {
    name: "separate-and-lazy",
    setup(build) {
      for (const [name, file] of Object.entries(separate)) {
        build.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: file, external: true }));
      }
      build.onResolve({ filter: /\.cjs$/ }, (args) => (chunkFiles.has(args.path) ? { path: args.path, external: true } : undefined));
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === own || args.namespace === "lazy") return undefined;
        const chunk = lazy.find((l) => l.module === args.path || l.module === resolve(args.resolveDir, args.path));
        if (!chunk) return undefined;
        const found = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: own });
        if (found.errors.length > 0) return { errors: found.errors };
        const earlier = resolved.get(chunk);
        if (earlier && earlier !== found.path) return { errors: [{ text: `${chunk.module} resolves to two files (${earlier}, ${found.path}): one chunk cannot stand for both` }] };
        resolved.set(chunk, found.path);
        return { path: found.path, namespace: "lazy", pluginData: chunk };
      });
      build.onLoad({ filter: /.*/, namespace: "lazy" }, ({ pluginData: chunk }) => ({ contents: lazyModule(chunk), loader: "js" }));
    },
  };
  const result = await build({
    plugins: [plugin],
    // import() of a separate file becomes a require() made when it is reached, which the code cache's loader provides.
    supported: format === "cjs" ? { "dynamic-import": false } : {},
    entryPoints: [entry],
    outfile,
    ...common(format),
    external,
  });
  await Promise.all(
    lazy.map((chunk) => {
      const source = resolved.get(chunk);
      if (!source) throw new Error(`${chunk.module} is listed as a lazy chunk, but the program does not import it`);
      return build({
        stdin: { contents: `export { ${chunk.exports.join(", ")} } from ${JSON.stringify(source)};`, resolveDir: dirname(source), loader: "js" },
        outfile: join(dirname(outfile), chunk.file),
        ...common("cjs"),
      });
    }),
  );
  return result;
}

/** The stand-in for a lazy chunk: its functions, each loading the chunk on first call. */
function lazyModule({ file, exports }) {
  const functions = exports.map((name) => `export ${name === "default" ? "default function" : `function ${name}`}(...args) { return load().${name}(...args); }`);
  return [`let chunk;`, `function load() { return (chunk ??= require(${JSON.stringify(file)})); }`, ...functions].join("\n");
}

/** Bundles the package `name`, resolved from `from` (a directory of the repository), into one CommonJS file. */
export function bundleDependency(name, from, outfile) {
  const entry = createRequire(join(from, "package.json")).resolve(name);
  return build({ entryPoints: [entry], outfile, ...common("cjs") });
}

function common(format) {
  return {
    bundle: true,
    platform: "node",
    format,
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
  };
}
