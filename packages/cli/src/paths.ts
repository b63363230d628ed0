import { isAbsolute, relative } from "node:path";

/** How a path is shown to people: relative to the working directory when inside it, else absolute. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
