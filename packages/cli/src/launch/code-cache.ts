import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Script } from "node:vm";

/**
 * Where a bundle's code cache lives: `REPORTLINT_COMPILE_CACHE` names the directory ("off" turns the
 * cache off); by default a directory of the system's temporary one, as Node 22's own compile cache
 * does, one per user (as v8-compile-cache keeps it): compiled code is code, and a cache another user
 * could write is not read.
 */
function cacheDirectory(env: Record<string, string | undefined>): string | undefined {
  const setting = env.REPORTLINT_COMPILE_CACHE;
  if (setting === "off") return undefined;
  return setting || join(tmpdir(), `reportlint-compile-cache-${process.getuid?.() ?? "user"}`);
}

/** Whether `dir` is ours alone (on systems with owners): otherwise its cache is neither read nor written. */
function ownDirectory(dir: string): boolean {
  try {
    const stat = statSync(dir);
    return process.getuid === undefined || (stat.uid === process.getuid() && (stat.mode & 0o022) === 0);
  } catch {
    return true; // not there yet: it is made with mode 0700
  }
}

/**
 * Runs a CommonJS bundle with V8's code cache and returns its exports; the chunks it require()s
 * (scripts/bundle.mjs) are run the same way. Compiling the command's bundle is a large part of a small
 * run (about 30 ms of 130 on the benchmark machine when it was 1.3 MB; markdownlint-cli2 takes 300 in
 * all); with the cache V8 reads the compiled code instead. Node 22 does this itself (module.enableCompileCache),
 * Node 20 does not, so the bundle is run the way CommonJS runs a module, through vm.Script with the cache.
 *
 * The cache file is keyed by the Node version, the architecture, the bundle's path, size and mtime; V8
 * also checks its own version and flags and rejects a cache that does not fit. Without a usable cache
 * the bundle is compiled as usual and, when `writeCache`, the cache is written at exit, so that it holds
 * the functions this run compiled too; it is written to a temporary name and renamed, so that parallel
 * runs never read half a file. Any failure to read or write it only costs the speed-up.
 */
export function loadBundle(url: URL, options: { writeCache: boolean; env: Record<string, string | undefined> }): Record<string, unknown> {
  const file = fileURLToPath(url);
  const code = readFileSync(file, "utf8");
  const cachePath = cacheFileFor(file, options.env);
  const key = cachePath && cacheKey(file);
  const cached = cachePath && key ? readCache(cachePath, key) : undefined;
  // The wrapper CommonJS puts around a module, on the first line so that line numbers stay the bundle's.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${code}\n})`;
  const script = new Script(wrapped, { filename: file, ...(cached ? { cachedData: cached } : {}) });
  if (options.writeCache && cachePath && key && (!cached || script.cachedDataRejected)) {
    process.once("exit", () => writeCache(cachePath, key, script));
  }
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, chunkRequire(file, options), module, file, dirname(file));
  return module.exports;
}

/** A chunk the bundle loads when it needs it (`require("./html.cjs")`, see scripts/bundle.mjs): a file next to it. */
const CHUNK = /^\.\/[\w-]+\.cjs$/u;
const chunks = new Map<string, Record<string, unknown>>();

/** The bundle's require(): a chunk goes through the code cache too, once per process; anything else is CommonJS's. */
function chunkRequire(bundle: string, options: { writeCache: boolean; env: Record<string, string | undefined> }): NodeJS.Require {
  const plain = createRequire(bundle);
  const require = (id: string): unknown => {
    if (!CHUNK.test(id)) return plain(id);
    const url = new URL(id, pathToFileURL(bundle));
    const key = url.href;
    let chunk = chunks.get(key);
    if (!chunk) chunks.set(key, (chunk = loadBundle(url, options)));
    return chunk;
  };
  return Object.assign(require, { resolve: plain.resolve, cache: plain.cache, main: plain.main, extensions: plain.extensions }) as NodeJS.Require;
}

function cacheFileFor(bundle: string, env: Record<string, string | undefined>): string | undefined {
  const dir = cacheDirectory(env);
  return dir && ownDirectory(dir) ? join(dir, `${process.version}-${process.arch}-${fnv1a(bundle)}.v8`) : undefined;
}

/** The bundle as it is now: a rebuilt bundle has another mtime (and mostly another size). */
function cacheKey(bundle: string): string | undefined {
  try {
    const stat = statSync(bundle);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** The cache's layout: the key's length (4 bytes), the key, then V8's data. */
function readCache(path: string, key: string): Buffer | undefined {
  try {
    const data = readFileSync(path);
    const length = data.readUInt32LE(0);
    return data.toString("utf8", 4, 4 + length) === key ? data.subarray(4 + length) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(path: string, key: string, script: Script): void {
  try {
    const keyBytes = Buffer.from(key, "utf8");
    const header = Buffer.alloc(4);
    header.writeUInt32LE(keyBytes.length, 0);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([header, keyBytes, script.createCachedData()]));
    renameSync(temporary, path);
  } catch {
    // Only the speed-up is lost: the next run compiles the bundle again.
  }
}

/** A short stable name for a path (32-bit FNV-1a), without loading node:crypto for it. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
