import { describe, expect, it } from "vitest";
import { CORRECT, run, workspace } from "./helpers.ts";

describe("progress", () => {
  it("is never drawn when stderr is a pipe, however many files", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 25; i++) files[`r/${i}.md`] = CORRECT;
    const cwd = workspace(files);
    const r = run(["r", "--concurrency", "off", "--format", "json"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.startsWith("[{")).toBe(true);
  });
});
