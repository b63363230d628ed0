import { statSync } from "node:fs";
import { resolve } from "node:path";
import { formatOfPath, LINTED_EXTENSIONS, type InputFormat } from "@reportlint/core";
import { fsReason, isReportName, walkReports, type Target } from "@reportlint/config";
import { glob, isDynamicPattern } from "tinyglobby";
import { CliError } from "./errors.ts";
import { displayPath } from "./paths.ts";

/**
 * The format a file is read in, by its extension (`formatOfPath`). A file named on the command line
 * with another extension is read as Markdown, as ESLint lints a file it is given whatever its name.
 */
export function formatOf(path: string): InputFormat {
  return formatOfPath(path) ?? "markdown";
}

/** "*.md, *.markdown, *.html, …": what the walk and globs look for, for messages. */
const REPORT_NAMES = LINTED_EXTENSIONS.map((e) => `*${e}`).join(", ");

/**
 * Turns the command's arguments into absolute file paths, in argument order without duplicates.
 * - an existing file is linted whatever its name (see `formatOf`);
 * - a directory is walked for report files (`isReportName`: *.md, *.html, *.htm, *.txt, *.docx …),
 *   never entering node_modules or .git; an entry with such a name that is not a readable file (a
 *   directory, a dangling link) is still returned, so that reading it fails and the run reports it
 *   instead of skipping it silently;
 * - anything else is a glob (tinyglobby), matched against report files.
 * A pattern that matches nothing is a usage error, as in ESLint. `note` is told of what the walk
 * leaves out that a user may look for: a symbolic link it does not follow (a loop), named as given.
 */
export async function collectFiles(patterns: readonly string[], cwd: string, note?: (text: string) => void): Promise<Target[]> {
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
    else if (kind === "directory") found = walk(path, pattern, (link, target, loop) => note?.(skippedLink(displayPath(cwd, link), target === cwd ? "." : displayPath(cwd, target), loop)));
    else {
      const matches = await glob(pattern, { cwd, absolute: true, dot: true, ignore: ["**/node_modules/**", "**/.git/**"] });
      found = matches.filter(isReportName).sort().map((p) => ({ path: resolve(p) }));
    }
    if (found.length === 0) {
      throw new CliError(
        kind === "directory" ? `no report files (${REPORT_NAMES}) in "${pattern}" (node_modules and .git are not searched)` : `no report files (${REPORT_NAMES}) matching "${pattern}"`,
      );
    }
    for (const f of found) add(f);
  }
  return files;
}

/** The note for a symbolic link the walk does not follow. */
function skippedLink(link: string, target: string, loop: boolean): string {
  return loop
    ? `${link}: a symbolic link back to ${target}, which holds it (a loop); not followed`
    : `${link}: a symbolic link to ${target}, which is searched already; not searched twice`;
}

/** The walk of @reportlint/config, entering every directory but node_modules and .git: a directory named is searched whole. */
function walk(root: string, label: string, onSkippedLink: (link: string, target: string, loop: boolean) => void): Target[] {
  try {
    return walkReports(root, { dotDirectories: true, onSkippedLink });
  } catch (error) {
    throw new CliError(`cannot read directory ${label}: ${fsReason(error)}`);
  }
}
