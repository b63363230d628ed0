import { isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { WorkspaceFolder, WorkspaceFoldersChangeEvent } from "vscode-languageserver/node";

/** The local path of a file: URI; undefined for any other scheme (an unsaved buffer, a remote file). */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** The workspace folders the editor has open (several in a multi-root workspace), as local paths. */
export class WorkspaceFolders {
  private paths: string[] = [];

  /** From initialize: `workspaceFolders`, else the older `rootUri`. */
  reset(folders: readonly WorkspaceFolder[] | null | undefined, rootUri: string | null | undefined): void {
    const uris = folders ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.paths = uris.map(pathOfUri).filter((p): p is string => p !== undefined);
  }

  change(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.map((f) => pathOfUri(f.uri)));
    const added = event.added.map((f) => pathOfUri(f.uri)).filter((p): p is string => p !== undefined && !this.paths.includes(p));
    this.paths = [...this.paths.filter((p) => !removed.has(p)), ...added];
  }

  list(): readonly string[] {
    return this.paths;
  }

  /** The innermost folder holding `path`. */
  folderOf(path: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.paths) if (inside(folder, path) && (best === undefined || folder.length > best.length)) best = folder;
    return best;
  }

  /** How a path is shown in a message: relative to its workspace folder, else absolute. */
  display(path: string): string {
    const folder = this.folderOf(path);
    return folder === undefined ? path : relative(folder, path) || path;
  }
}
