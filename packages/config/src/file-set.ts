import { isAbsolute, relative, sep } from "node:path";
import picomatch from "picomatch";

/** The documents a configuration's `files` names: glob patterns taken from the directory of the file that declares them. */
export interface FileSet {
  /** The directory the patterns are relative to. */
  dir: string;
  patterns: readonly string[];
  /** Whether the file at this absolute path matches one of the patterns. */
  includes(path: string): boolean;
}

export function fileSet(patterns: readonly string[], dir: string): FileSet {
  // dot: a pattern such as `reports/**/*.md` also reaches into `.drafts/`, as the CLI's globs do.
  const match = picomatch([...patterns], { dot: true });
  return {
    dir,
    patterns,
    includes(path) {
      const rel = relative(dir, path);
      // Another drive on Windows: no relative path, so no pattern can name it.
      if (isAbsolute(rel)) return false;
      return match(rel.split(sep).join("/"));
    },
  };
}
