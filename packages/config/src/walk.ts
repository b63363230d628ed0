import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { formatOfPath } from "@reportlint/core";
import { fsReason } from "./errors.ts";

/** Directories never entered, wherever they are. */
const PRUNED_DIRECTORIES = new Set(["node_modules", ".git"]);

/** A file to lint; a directory the walk could not read is kept too, so that the run reports it. */
export interface Target {
  path: string;
  unreadableDirectory?: string;
}

/** A name the walk and globs pick: one of the core's LINTED_EXTENSIONS (.md, .markdown, .html, .htm, .txt, .docx). */
export function isReportName(name: string): boolean {
  return formatOfPath(name) !== undefined;
}

/** What the walk calls of the file system; tests give their own to meet errors a root user never meets. */
export interface WalkFs {
  readdirSync(path: string, options: { withFileTypes: true }): Dirent[];
  realpathSync(path: string): string;
  statSync(path: string): { isDirectory(): boolean };
}

const NODE_FS: WalkFs = { readdirSync, realpathSync, statSync };

export interface WalkOptions {
  /**
   * Whether directories named `.something` are entered. The CLI enters them (a path given is
   * searched whole); an editor skips them, where they hold its own state (.vscode, .history).
   */
  dotDirectories: boolean;
  /**
   * Told of each symbolic link to a directory that is not followed: one that leads back to a
   * directory it sits in (`loop`), or to one this walk searches anyway. `target` is the directory it
   * leads to, under `root` when it is inside it.
   */
  onSkippedLink?: (link: string, target: string, loop: boolean) => void;
  fs?: WalkFs;
}

/**
 * The report files under `root` (`isReportName`), in name order, never entering node_modules or
 * .git. An entry with such a name that is not a readable file (a directory, a dangling link) is
 * still returned, so that reading it fails and the caller reports it instead of skipping it
 * silently; so is a subdirectory that cannot be read. A root that cannot be read throws the
 * file-system error, for the caller to say what it was looking for.
 *
 * Symbolic links to directories outside the root are followed, each real directory once; a link to
 * a directory inside the root is not (its files are found where they are), nor is one that leads
 * back up the tree: the walk ends on any tree of links, and `onSkippedLink` names each one skipped.
 * The walk keeps its own stack of directories, so a deep tree cannot overflow the call stack.
 */
export function walkReports(root: string, options: WalkOptions): Target[] {
  const fs = options.fs ?? NODE_FS;
  const out: Target[] = [];
  const realOf = (dir: string): string => {
    try {
      return fs.realpathSync(dir);
    } catch {
      return dir;
    }
  };
  const rootReal = realOf(root);
  const within = (path: string, dir: string): boolean => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
  const visited = new Set<string>([rootReal]);
  const shown = (real: string): string => (within(real, rootReal) ? join(root, relative(rootReal, real)) : real);

  // Depth first, in name order: each directory's entries are pushed in reverse.
  type Entry = { path: string; kind: "file" | "directory" | "link" };
  const stack: Entry[] = [{ path: root, kind: "directory" }];
  while (stack.length > 0) {
    const { path: dir, kind } = stack.pop()!;
    if (kind === "file") {
      out.push({ path: dir });
      continue;
    }
    if (kind === "link") {
      const real = realOf(dir);
      if (within(realOf(dirname(dir)), real)) {
        options.onSkippedLink?.(dir, shown(real), true);
        continue;
      }
      if (within(real, rootReal) || visited.has(real)) {
        options.onSkippedLink?.(dir, shown(real), false);
        continue;
      }
      visited.add(real);
    }
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root) throw error;
      out.push({ path: dir, unreadableDirectory: fsReason(error) });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const next: Entry[] = [];
    for (const entry of entries) {
      if (PRUNED_DIRECTORIES.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (isReportName(entry.name)) {
        next.push({ path, kind: "file" });
        continue;
      }
      if (!options.dotDirectories && entry.name.startsWith(".")) continue;
      if (entry.isDirectory()) {
        next.push({ path, kind: "directory" });
        continue;
      }
      if (!entry.isSymbolicLink()) continue;
      let isDirectory = false;
      try {
        isDirectory = fs.statSync(path).isDirectory();
      } catch {
        // dangling, or a loop of links: not a directory to enter (reported when read if it has a report's name)
      }
      if (isDirectory) next.push({ path, kind: "link" }); // followed or not when its turn comes
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
  return out;
}
