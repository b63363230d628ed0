import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
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

export interface WalkOptions {
  /**
   * Whether directories named `.something` are entered. The CLI enters them (a path given is
   * searched whole); an editor skips them, where they hold its own state (.vscode, .history).
   */
  dotDirectories: boolean;
}

/**
 * The report files under `root` (`isReportName`), in name order, never entering node_modules or
 * .git. An entry with such a name that is not a readable file (a directory, a dangling link) is
 * still returned, so that reading it fails and the caller reports it instead of skipping it
 * silently; so is a subdirectory that cannot be read. A root that cannot be read throws the
 * file-system error, for the caller to say what it was looking for.
 */
export function walkReports(root: string, options: WalkOptions): Target[] {
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
      if (dir === root) throw error;
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
          isDirectory = false; // dangling: reported when read if it has a report's name
        }
      }
      if (isReportName(entry.name)) out.push({ path });
      else if (isDirectory && (options.dotDirectories || !entry.name.startsWith("."))) visit(path);
    }
  };
  visit(root);
  return out;
}
