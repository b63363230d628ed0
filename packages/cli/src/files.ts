import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { CliError, fsReason } from "./errors.ts";

/** Directories never entered, wherever they are. */
export const PRUNED_DIRECTORIES = new Set(["node_modules", ".git"]);

/** A file to lint; a directory the walk could not read is kept too, so that the run reports it. */
export interface Target {
  path: string;
  unreadableDirectory?: string;
}

export function isReportName(name: string): boolean {
  return /\.md$/iu.test(name);
}

/**
 * Turns the command's arguments into absolute file paths, in argument order without duplicates.
 * - an existing file is linted whatever its name;
 * - a directory is walked for `*.md`, never entering node_modules or .git; an entry named `*.md`
 *   that is not a readable file (a directory, a dangling link) is still returned, so that reading
 *   it fails and the run reports it instead of skipping it silently;
 * - anything else is a glob (tinyglobby), matched against `*.md` files.
 * A pattern that matches nothing is a usage error, as in ESLint.
 */
export async function collectFiles(patterns: readonly string[], cwd: string): Promise<Target[]> {
  const seen = new Set<string>();
  const files: Target[] = [];
  const add = (target: Target): void => {
    if (!seen.has(target.path)) {
      seen.add(target.path);
      files.push(target);
    }
  };
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    let found: Target[];
    let kind: "file" | "directory" | "glob" | "missing";
    try {
      const stat = statSync(path);
      kind = stat.isDirectory() ? "directory" : "file";
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") {
        kind = "file"; // exists but cannot be inspected: reading it reports why
      } else {
        kind = isDynamicPattern(pattern) ? "glob" : "missing";
      }
    }
    if (kind === "missing") throw new CliError(`no such file or directory: ${pattern}`);
    if (kind === "file") found = [{ path }];
    else if (kind === "directory") found = walk(path, pattern);
    else {
      const matches = await glob(pattern, { cwd, absolute: true, dot: true, ignore: ["**/node_modules/**", "**/.git/**"] });
      found = matches.filter(isReportName).sort().map((p) => ({ path: resolve(p) }));
    }
    if (found.length === 0) {
      throw new CliError(kind === "directory" ? `no *.md files in "${pattern}" (node_modules and .git are not searched)` : `no *.md files matching "${pattern}"`);
    }
    for (const f of found) add(f);
  }
  return files;
}

function walk(root: string, label: string): Target[] {
  const out: Target[] = [];
  const visited = new Set<string>();
  const visit = (dir: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      real = dir;
    }
    if (visited.has(real)) return; // a symbolic link back up the tree
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root) throw new CliError(`cannot read directory ${label}: ${fsReason(error)}`);
      out.push({ path: dir, unreadableDirectory: fsReason(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (PRUNED_DIRECTORIES.has(entry.name)) continue;
      const path = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDirectory = statSync(path).isDirectory();
        } catch {
          isDirectory = false; // dangling: reported when read if it is named *.md
        }
      }
      if (isReportName(entry.name)) out.push({ path });
      else if (isDirectory) visit(path);
    }
  };
  visit(root);
  return out;
}
