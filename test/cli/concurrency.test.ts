import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORRECT, parseJsonOutput, run, workspace } from "./helpers.ts";

/** 60 copies of the sample report; in three of four, 重复申请's total is off by 1 to 3 (an arithmetic error). */
function reports(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 60; i++) {
    const name = `reports/${String(i).padStart(2, "0")}.md`;
    files[name] = CORRECT.replace("| 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 | 25 |", `| 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 | ${25 + (i % 4)} |`);
  }
  return files;
}

describe("reportlint --concurrency", () => {
  it("gives exactly the same report on worker threads as in the main thread, in input order", () => {
    const cwd = workspace(reports());
    const off = run(["reports", "--format", "json", "--concurrency", "off"], { cwd });
    const two = run(["reports", "--format", "json", "--concurrency", "2"], { cwd });
    expect(off.code).toBe(1);
    expect(two).toEqual(off);
    const results = parseJsonOutput(two.stdout);
    expect(results.filter((r) => r.messages.some((m) => m.ruleId === "arithmetic")).length).toBe(45);
    expect(results.map((r) => r.filePath)).toEqual(Array.from({ length: 60 }, (_, i) => join(cwd, "reports", `${String(i).padStart(2, "0")}.md`)));
    // auto, whether it starts workers for 60 files (three cores or more) or not (two): the same report again.
    expect(run(["reports", "--format", "json"], { cwd })).toEqual(off);
  });

  it("a value that is not auto, off or a positive number is a usage error", () => {
    const cwd = workspace({ "a.md": CORRECT });
    expect(run(["--concurrency", "0", "a.md"], { cwd })).toEqual({
      code: 2,
      stdout: "",
      stderr: `reportlint: option '--concurrency <auto|off|n>' argument '0' is invalid. expected "auto", "off" or a number of threads (1 or more).\n`,
    });
  });
});
