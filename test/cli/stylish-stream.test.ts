import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BLANK_CELL, CORRECT, ROOT, run, WRONG_TOTALS, workspace } from "./helpers.ts";

const fixture = (name: string): string => readFileSync(join(ROOT, "fixtures", "cross-year", name), "utf8");

/**
 * The default report is printed while the run goes (stylish-stream.ts), so that a bulk run keeps no
 * file's findings; with --output-file the same formatter writes it at the end. Both must say the same.
 */
describe("the stylish report, printed as the run goes", () => {
  const files: Record<string, string> = {
    "a/clean.md": CORRECT,
    "a/wrong.md": WRONG_TOTALS,
    "b/blank.md": BLANK_CELL,
    "b/wrong-again.md": WRONG_TOTALS,
  };

  it("is, byte for byte, the report written at the end to --output-file, in the order of the files, on worker threads too", () => {
    const cwd = workspace(files);
    const streamed = run(["a", "b"], { cwd });
    const parallel = run(["--concurrency", "2", "a", "b"], { cwd });
    const written = run(["a", "b", "-o", "report.txt"], { cwd });
    expect(streamed.code).toBe(1);
    expect(written.code).toBe(1);
    expect(streamed.stdout).toBe(readFileSync(join(cwd, "report.txt"), "utf8"));
    expect(parallel.stdout).toBe(streamed.stdout);
    // With a cache the workers send whole results for the main thread to keep, and print nothing.
    expect(run(["--concurrency", "2", "--cache", "a", "b"], { cwd }).stdout).toBe(streamed.stdout);
    expect(streamed.stdout.match(/^\S.*$/gmu)).toEqual(["a/wrong.md", "b/blank.md", "b/wrong-again.md", "✖ 共 9 个问题（8 个错误，1 个警告）"]);
  });

  it("--quiet prints only errors, and --max-warnings still counts the warnings it hides", () => {
    const cwd = workspace({ "blank.md": BLANK_CELL, "clean.md": CORRECT });
    const quiet = run(["--quiet", "--max-warnings", "0", "."], { cwd });
    expect(quiet).toMatchObject({ code: 1, stdout: "" });
    expect(quiet.stderr).toContain("1");
    expect(run(["--max-warnings", "1", "."], { cwd }).code).toBe(0);
    const mixed = workspace({ "wrong.md": WRONG_TOTALS, "blank.md": BLANK_CELL, "clean.md": CORRECT });
    const parallel = run(["--quiet", "--concurrency", "2", "wrong.md", "blank.md", "clean.md"], { cwd: mixed });
    expect(parallel.code).toBe(1);
    expect(parallel.stdout.match(/^\S.*$/gmu)).toEqual(["wrong.md", "✖ 共 4 个问题（4 个错误，0 个警告）"]);
    expect(run(["--quiet", "wrong.md", "blank.md", "clean.md"], { cwd: mixed }).stdout).toBe(parallel.stdout);
  });

  it("is coloured alike on worker threads when colours are asked for", () => {
    const cwd = workspace(files);
    const env = { FORCE_COLOR: "1" };
    const streamed = run(["a", "b"], { cwd, env });
    expect(streamed.stdout).toContain("\u001b[31merror");
    expect(run(["--concurrency", "2", "a", "b"], { cwd, env }).stdout).toBe(streamed.stdout);
  });

  it("puts the cross-year findings, which need every file, after the other files, under their file's name", () => {
    const cwd = workspace({ "2023/huaian.md": fixture("mismatch/huaian-2023.md"), "2024/huaian.md": fixture("mismatch/huaian-2024.md").replace("| 规章 | 1 | 0 | 11 |", "| 规章 | 1 |  | 11 |") });
    const streamed = run(["2024", "2023"], { cwd });
    expect(streamed.code).toBe(1);
    // 2024 comes first with its own finding; its cross-year findings follow once 2023 has been read.
    expect(streamed.stdout.match(/^\S.*$|^ {2}\d+:\d+\s+\w+/gmu)).toEqual([
      "2024/huaian.md",
      "  30:12  warning",
      "2024/huaian.md",
      "  31:22  warning",
      "  50:22  error",
      "  50:47  error",
      "✖ 共 4 个问题（2 个错误，2 个警告）",
    ]);
    expect(run(["--concurrency", "2", "2024", "2023"], { cwd }).stdout).toBe(streamed.stdout);
    const json = JSON.parse(run(["--format", "json", "2024", "2023"], { cwd }).stdout) as { messages: unknown[] }[];
    expect(json.map((r) => r.messages.length)).toEqual([4, 0]);
  });
});
