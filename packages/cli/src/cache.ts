import { mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { VERSION } from "@reportlint/core";
import { fsReason } from "@reportlint/config";
import { writeFileAtomic } from "./fix-writer.ts";
import type { FileResult } from "./results.ts";
import type { FileOptions } from "./settings.ts";
import { crypto } from "./builtins.ts";

/** The cache's file name, in the working directory or in a directory --cache-location names. */
export const CACHE_NAME = ".reportlintcache";

/** What a file of the cache holds: the tool's version, then per file path the key and the result. */
interface CacheFile {
  version: string;
  entries: Record<string, { key: string; result: Omit<FileResult, "filePath"> }>;
}

/**
 * `--cache-location`: a directory (one that exists, or a path ending with a slash) holds
 * `.reportlintcache`; anything else is the cache file itself, as in ESLint.
 */
export function cachePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return join(cwd, CACHE_NAME);
  const path = resolve(cwd, location);
  if (/[/\\]$/u.test(location)) return join(path, CACHE_NAME);
  try {
    return statSync(path).isDirectory() ? join(path, CACHE_NAME) : path;
  } catch {
    return path;
  }
}

/**
 * A fingerprint of a file's options: the rules with their options, the language, the format, and
 * the profile, including the definitions of a profile read from a file (a ProfileRegistry holds them
 * in a Map, which JSON.stringify would write as {}; its compiled copies are derived, so left out).
 */
export function optionsKey(options: FileOptions): string {
  const json = JSON.stringify(options, (key, value: unknown) => (key === "compiled" ? undefined : value instanceof Map ? [...value] : value));
  return sha256(json);
}

/**
 * The results of earlier runs, keyed by file path, each valid for one key: the hash of the file's
 * bytes, of its options (`optionsKey`) and of the tool's version, so that editing the file, its
 * configuration or its profile, or upgrading reportlint, lints it again. A cache that cannot be read
 * or parsed is ignored with a one-line note and rewritten at the end of the run.
 */
export class ResultCache {
  hits = 0;
  misses = 0;
  private entries: CacheFile["entries"] = {};
  private changed = false;

  constructor(
    readonly path: string,
    private readonly notify: (note: string) => void,
    /** The path as notes name it (relative to the working directory). */
    private readonly shown = path,
  ) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") notify(`cannot read the cache ${shown}: ${fsReason(error)}; linting every file`);
      return;
    }
    let data: Partial<CacheFile> | null = null;
    try {
      data = JSON.parse(text) as Partial<CacheFile> | null;
    } catch {
      // JSON.parse's wording changes between Node versions; what matters is that the file is broken.
    }
    if (typeof data !== "object" || data === null || typeof data.entries !== "object" || data.entries === null) {
      notify(`ignoring the cache ${shown}: not a reportlint cache (a damaged or foreign file); it will be rewritten`);
      this.changed = true;
      return;
    }
    // Another version may lint differently: its entries are all stale, which is no reason for a note.
    if (data.version === VERSION) this.entries = data.entries;
  }

  /** The key of a file's content under its options. */
  static key(bytes: Uint8Array, optionsKey: string): string {
    return sha256(`${VERSION}\0${optionsKey}\0${crypto().createHash("sha256").update(bytes).digest("hex")}`);
  }

  /** The stored result of `filePath` when its key is still `key`; counts a hit or a miss. */
  get(filePath: string, key: string): FileResult | undefined {
    const entry = this.entries[filePath];
    if (entry?.key === key) {
      this.hits++;
      return { filePath, ...entry.result };
    }
    this.misses++;
    return undefined;
  }

  /** Keeps a result. One that says the file could not be read or linted is not kept: the cause may pass. */
  set(key: string, result: FileResult): void {
    if (result.messages.some((m) => m.fatal)) return;
    const { filePath, ...rest } = result;
    this.entries[filePath] = { key, result: rest };
    this.changed = true;
  }

  /** Writes the cache atomically when something changed; a failure is a note, never the run's failure. */
  save(): void {
    if (!this.changed) return;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileAtomic(this.path, JSON.stringify({ version: VERSION, entries: this.entries } satisfies CacheFile), existingMode(this.path));
    } catch (error) {
      this.notify(`cannot write the cache ${this.shown}: ${fsReason(error)}`);
    }
  }
}

function sha256(text: string): string {
  return crypto().createHash("sha256").update(text).digest("hex");
}

function existingMode(path: string): number | undefined {
  try {
    return statSync(path).mode;
  } catch {
    return undefined;
  }
}
