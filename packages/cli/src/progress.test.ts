import { describe, expect, it } from "vitest";
import { PROGRESS_MIN_FILES, startProgress } from "./progress.ts";

function terminal(isTTY: boolean): { written: string[]; write(text: string): void; isTTY: boolean } {
  const written: string[] = [];
  return { written, write: (text) => void written.push(text), isTTY };
}

describe("startProgress", () => {
  it("draws a counter in place on a terminal, ends at the total and erases itself", () => {
    const stderr = terminal(true);
    const progress = startProgress(stderr, {}, 20)!;
    for (let i = 0; i < 20; i++) progress.tick();
    progress.done();
    expect(stderr.written[0]).toBe("\rreportlint: 0/20 files (0%)");
    expect(stderr.written.slice(-2)).toEqual(["\rreportlint: 20/20 files (100%)", "\r\x1b[K"]);
  });

  it("is not drawn in a pipe, in CI, or for fewer files than the threshold", () => {
    expect(startProgress(terminal(false), {}, 100)).toBeUndefined();
    expect(startProgress(terminal(true), { CI: "true" }, 100)).toBeUndefined();
    expect(startProgress(terminal(true), {}, PROGRESS_MIN_FILES - 1)).toBeUndefined();
    expect(startProgress(terminal(true), { CI: "false" }, 100)).toBeDefined();
  });
});
