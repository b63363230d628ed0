/** Fewer files than this finish before a bar would be worth reading. */
export const PROGRESS_MIN_FILES = 20;
/** Redrawing more often than this only costs time; a person reads a few updates a second. */
const REDRAW_MS = 100;

export interface Progress {
  /** One more file is done. */
  tick(): void;
  /** Erases the bar, so that what follows on stderr starts on a clean line. */
  done(): void;
}

/**
 * A one-line counter on stderr, `reportlint: 120/500 files (24%)`, redrawn in place with a carriage
 * return. Only for a person watching: when stderr is a terminal, not in CI (the CI variable that
 * GitHub, GitLab and most others set), and for 20 files or more. In a pipe or a log it would be
 * noise, so there it is never drawn. A line this simple needs no library.
 */
export function startProgress(stderr: { write(text: string): unknown; isTTY?: boolean }, env: Record<string, string | undefined>, total: number): Progress | undefined {
  if (total < PROGRESS_MIN_FILES || (env.CI !== undefined && env.CI !== "" && env.CI !== "false") || !stderr.isTTY) return undefined;
  let count = 0;
  let drawn = 0;
  const draw = (): void => {
    drawn = Date.now();
    stderr.write(`\rreportlint: ${count}/${total} files (${Math.floor((count / total) * 100)}%)`);
  };
  draw();
  return {
    tick() {
      count++;
      if (count === total || Date.now() - drawn >= REDRAW_MS) draw();
    },
    done() {
      stderr.write("\r\x1b[K");
    },
  };
}
