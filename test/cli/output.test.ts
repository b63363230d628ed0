import { describe, expect, it } from "vitest";
import { readFixtureSpec } from "../fixture-format.ts";
import { BLANK_CELL, CORRECT, parseJsonOutput, problemLines, run, workspace, WRONG_TOTALS } from "./helpers.ts";

const arithmeticExpectations = readFixtureSpec(WRONG_TOTALS)!.expect;

describe("reportlint: results, formats and exit codes", () => {
  it("a correct report: exit 0 and no output at all", () => {
    const cwd = workspace({ "report.md": CORRECT });
    const r = run(["report.md"], { cwd });
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("a report with wrong totals: exit 1, stylish lines at the exact line:col with the rule id, and a summary", () => {
    const cwd = workspace({ "reports/wrong.md": WRONG_TOTALS });
    const r = run(["reports/wrong.md"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("");
    expect(lines[1]).toBe("reports/wrong.md"); // header: the path, relative to the working directory
    expect(r.stdout).not.toMatch(/\x1b\[/u); // no colours when stdout is not a terminal

    const arithmetic = problemLines(r.stdout).filter((p) => p.ruleId === "arithmetic");
    expect(arithmetic.map((p) => `${p.line}:${p.column} ${p.ruleId}`)).toEqual(arithmeticExpectations.map((e) => `${e.line}:${e.column} ${e.ruleId}`));
    expect(arithmetic.every((p) => p.severity === "error")).toBe(true);
    // `  77:11  error  （七）总计·自然人 写的是 2930，但…  arithmetic`
    expect(r.stdout).toMatch(/^ {2}77:11 {2}error {2}（七）总计·自然人 写的是 2930，.*改为 2932。 +arithmetic$/mu);

    const json = parseJsonOutput(run(["reports/wrong.md", "--format", "json"], { cwd }).stdout)[0]!;
    const problems = json.errorCount + json.warningCount;
    expect(r.stdout).toContain(`✖ 共 ${problems} 个问题（${json.errorCount} 个错误，${json.warningCount} 个警告）`);
    expect(r.stdout.endsWith("\n\n")).toBe(true);
  });

  it("--format json: ESLint's result shape, absolute filePath, one entry per file", () => {
    const cwd = workspace({ "a/wrong.md": WRONG_TOTALS, "b/right.md": CORRECT });
    const r = run(["a", "b", "--format", "json"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const results = parseJsonOutput(r.stdout);
    expect(results.map((x) => x.filePath)).toEqual([`${cwd}/a/wrong.md`, `${cwd}/b/right.md`]);
    const [wrong, right] = results;
    expect(right).toEqual({ filePath: `${cwd}/b/right.md`, messages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
    const first = wrong!.messages.find((m) => m.ruleId === "arithmetic")!;
    expect(first).toMatchObject({ ruleId: "arithmetic", severity: 2, messageId: "mismatch", line: 77, column: 11, endLine: 77, endColumn: 15 });
    expect(first.suggestions?.[0]?.fix).toEqual({ range: expect.any(Array), text: "2932" });
    expect(first.fix).toBeUndefined(); // a wrong total is a suggestion, never a safe fix
    expect(wrong!.errorCount).toBe(wrong!.messages.filter((m) => m.severity === 2).length);
    expect(Object.keys(wrong!).sort()).toEqual(["errorCount", "fatalErrorCount", "filePath", "fixableErrorCount", "fixableWarningCount", "messages", "warningCount"]);
  });

  it("--locale en: English messages and summary", () => {
    const cwd = workspace({ "wrong.md": WRONG_TOTALS });
    const r = run(["wrong.md", "--locale", "en"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}77:11 {2}error {2}（七）总计·自然人 is 2930, but .* +arithmetic$/mu);
    expect(r.stdout).toMatch(/^✖ \d+ problems \(\d+ errors?, \d+ warnings?\)$/mu);
  });

  it("a fixable warning: the summary says how many are fixable; warnings alone exit 0", () => {
    const cwd = workspace({ "blank.md": BLANK_CELL });
    for (const [locale, summary, fixable] of [
      ["zh", "✖ 共 1 个问题（0 个错误，1 个警告）", "  其中 0 个错误和 1 个警告可用 --fix 选项自动修复。"],
      ["en", "✖ 1 problem (0 errors, 1 warning)", "  0 errors and 1 warning potentially fixable with the --fix option."],
    ] as const) {
      const r = run(["blank.md", "--locale", locale], { cwd });
      expect(r.code).toBe(0);
      expect(problemLines(r.stdout).map((p) => `${p.line}:${p.column} ${p.severity} ${p.ruleId}`)).toEqual(["30:12 warning blank-cell"]);
      expect(r.stdout.split("\n").slice(-4)).toEqual([summary, fixable, "", ""]);
    }
  });

  it("--max-warnings: more warnings than allowed exit 1 with a line on stderr; as many as allowed exit 0", () => {
    const cwd = workspace({ "blank.md": BLANK_CELL });
    const over = run(["blank.md", "--max-warnings", "0", "--locale", "en"], { cwd });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe("reportlint: too many warnings: 1, the maximum is 0 (--max-warnings).\n");
    expect(run(["blank.md", "--max-warnings", "1"], { cwd }).code).toBe(0);
    const bad = run(["blank.md", "--max-warnings", "many"], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("--quiet: warnings are not shown (a warnings-only run prints nothing); errors still are", () => {
    const cwd = workspace({ "blank.md": BLANK_CELL, "wrong.md": WRONG_TOTALS });
    expect(run(["blank.md", "--quiet"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    const r = run(["wrong.md", "blank.md", "--quiet", "--format", "json"], { cwd });
    expect(r.code).toBe(1);
    const results = parseJsonOutput(r.stdout);
    expect(results.flatMap((x) => x.messages).every((m) => m.severity === 2)).toBe(true);
    expect(results.every((x) => x.warningCount === 0)).toBe(true);
    expect(results[0]!.errorCount).toBeGreaterThanOrEqual(4);
  });

  it("--version and --help print on stdout and exit 0", () => {
    const cwd = workspace();
    const v = run(["--version"], { cwd });
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
    const h = run(["--help"], { cwd });
    expect(h.code).toBe(0);
    for (const flag of ["--config", "--rule", "--profile", "--locale", "--format", "--max-warnings", "--quiet", "--fix", "--stdin", "--stdin-filename"]) {
      expect(h.stdout).toContain(flag);
    }
    expect(h.stderr).toBe("");
  });

  it.each([
    [["--bogus"], /^reportlint: unknown option '--bogus'/u],
    [["--format", "xml", "x.md"], /^reportlint: option '-f, --format <name>' argument 'xml' is invalid/u],
    [["--locale", "fr", "x.md"], /^reportlint: option '--locale <locale>' argument 'fr' is invalid/u],
    [["--stdin-filename", "x.md"], /^reportlint: --stdin-filename needs --stdin\n$/u],
    [["--stdin", "x.md"], /^reportlint: --stdin cannot be combined with files/u],
  ])("usage error %j: exit 2, one line on stderr, nothing on stdout", (args, message) => {
    const cwd = workspace({ "x.md": CORRECT });
    const r = run(args, { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/mu); // no stack trace
  });

  it("--stdin --stdin-filename: lints the text as that file", () => {
    const cwd = workspace();
    const r = run(["--stdin", "--stdin-filename", "sub/report.md", "--format", "json"], { cwd, input: WRONG_TOTALS });
    expect(r.code).toBe(1);
    const [result] = parseJsonOutput(r.stdout);
    expect(result!.filePath).toBe(`${cwd}/sub/report.md`);
    expect(result!.messages.filter((m) => m.ruleId === "arithmetic").map((m) => `${m.line}:${m.column}`)).toEqual(arithmeticExpectations.map((e) => `${e.line}:${e.column}`));
    expect(run(["--stdin"], { cwd, input: CORRECT })).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
