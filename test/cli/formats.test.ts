import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BLANK_CELL, CORRECT, parseJsonOutput, run, workspace, WRONG_TOTALS } from "./helpers.ts";

const DOCS = "https://github.com/reportlint/reportlint/blob/main/docs/rules";

/** The wrong-totals report in a directory with a Chinese name, and its findings as JSON. */
function wrongReport() {
  const cwd = workspace({ "报告/wrong.md": WRONG_TOTALS });
  const json = parseJsonOutput(run(["报告/wrong.md", "--format", "json"], { cwd }).stdout)[0]!;
  return { cwd, json };
}

describe("reportlint --format sarif | github | junit", () => {
  it("sarif: one run, a result per finding at its place, the path relative and percent-encoded, fingerprints; exit code as for any format", () => {
    const { cwd, json } = wrongReport();
    const r = run(["报告/wrong.md", "--format", "sarif"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const [sarifRun] = JSON.parse(r.stdout).runs;
    expect(sarifRun.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: `file://${cwd}/` } });
    expect(sarifRun.results).toHaveLength(json.messages.length);
    const first = json.messages.find((m) => m.ruleId === "arithmetic")!;
    const result = sarifRun.results.find((x: { ruleId: string }) => x.ruleId === "arithmetic");
    expect(result).toEqual({
      ruleId: "arithmetic",
      ruleIndex: sarifRun.tool.driver.rules.findIndex((rule: { id: string }) => rule.id === "arithmetic"),
      level: "error",
      message: { text: first.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "%E6%8A%A5%E5%91%8A/wrong.md", uriBaseId: "%SRCROOT%" },
            region: { startLine: 77, startColumn: 11, endLine: 77, endColumn: 15 },
          },
        },
      ],
      partialFingerprints: { "reportlintFinding/v2": expect.stringMatching(/^[0-9a-f]{32}:1$/u) },
    });
    expect(sarifRun.tool.driver.rules[result.ruleIndex].helpUri).toBe(`${DOCS}/arithmetic.md`);
  });

  it("sarif: the fingerprints stay the same when lines are added above the findings", () => {
    const cwd = workspace({ "a.md": WRONG_TOTALS, "b.md": WRONG_TOTALS.replace(/\n\n/u, "\n\n新增的一段说明。\n\n另一段。\n\n") });
    const fingerprints = (file: string) => {
      const results = JSON.parse(run([file, "--format", "sarif"], { cwd }).stdout).runs[0].results;
      return results.map((x: { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }) => ({
        rule: x.ruleId,
        line: x.locations[0]!.physicalLocation.region.startLine,
        fingerprint: x.partialFingerprints["reportlintFinding/v2"],
      }));
    };
    const before = fingerprints("a.md").filter((x: { rule: string }) => x.rule === "arithmetic");
    // The fingerprint includes the file's path, so the shifted text is linted under the same name.
    writeFileSync(join(cwd, "a.md"), readFileSync(join(cwd, "b.md")));
    const after = fingerprints("a.md").filter((x: { rule: string }) => x.rule === "arithmetic");
    expect(after.map((x: { line: number }) => x.line)).toEqual(before.map((x: { line: number }) => x.line + 4));
    expect(after.map((x: { fingerprint: string }) => x.fingerprint)).toEqual(before.map((x: { fingerprint: string }) => x.fingerprint));
  });

  it("sarif: the fingerprints are the same whatever the language of the run; the messages are not", () => {
    const cwd = workspace({ "a.md": WRONG_TOTALS });
    const results = (locale: string) =>
      JSON.parse(run(["a.md", "--format", "sarif", "--locale", locale], { cwd }).stdout).runs[0].results as { message: { text: string }; partialFingerprints: Record<string, string> }[];
    const zh = results("zh");
    const en = results("en");
    expect(zh.length).toBeGreaterThan(1);
    expect(en.map((x) => x.partialFingerprints)).toEqual(zh.map((x) => x.partialFingerprints));
    expect(new Set(zh.map((x) => x.partialFingerprints["reportlintFinding/v2"])).size).toBe(zh.length);
    expect(en.map((x) => x.message.text)).not.toEqual(zh.map((x) => x.message.text));
  });

  it("github: one annotation per finding with file, range and rule; nothing else on stdout", () => {
    const { cwd, json } = wrongReport();
    const r = run(["报告/wrong.md", "--format", "github"], { cwd, env: { GITHUB_STEP_SUMMARY: "" } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(json.messages.length);
    const first = json.messages.find((m) => m.ruleId === "arithmetic")!;
    expect(lines).toContain(`::error file=报告/wrong.md,line=77,col=11,endLine=77,endColumn=15,title=reportlint(arithmetic)::${first.message}`);
    expect(lines.every((line) => /^::(error|warning) file=报告\/wrong\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=reportlint\([a-z-]+\)::\S/u.test(line))).toBe(true);
  });

  it("github with $GITHUB_STEP_SUMMARY: the Markdown summary is appended to that file", () => {
    const { cwd, json } = wrongReport();
    const summary = join(cwd, "step-summary.md");
    writeFileSync(summary, "earlier step\n");
    const r = run(["报告/wrong.md", "--format", "github", "--locale", "en"], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const text = readFileSync(summary, "utf8");
    const errors = json.errorCount;
    const warnings = json.warningCount;
    expect(text.startsWith(`earlier step\n## reportlint\n\n✖ ${errors + warnings} problems (${errors} errors, ${warnings} warning${warnings === 1 ? "" : "s"}) in 1 file; 1 file checked.\n\n| Rule | Errors | Warnings |\n`)).toBe(true);
    expect(text).toContain(`\n| [arithmetic](${DOCS}/arithmetic.md) | ${json.messages.filter((m) => m.ruleId === "arithmetic").length} | 0 |\n`);
    expect(text).toContain("\n### `报告/wrong.md`\n");
    expect(text).toContain(`\n| 77:11 | error | [arithmetic](${DOCS}/arithmetic.md) | `);
  });

  it("$GITHUB_STEP_SUMMARY is written only with --format github; a summary that cannot be written is a note on stderr, the exit code unchanged", () => {
    const { cwd } = wrongReport();
    const summary = join(cwd, "summary.md");
    run(["报告/wrong.md", "--format", "json"], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(existsSync(summary)).toBe(false);
    mkdirSync(join(cwd, "a-directory"));
    const r = run(["报告/wrong.md", "--format", "github"], { cwd, env: { GITHUB_STEP_SUMMARY: join(cwd, "a-directory") } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("reportlint: cannot write the job summary to a-directory: is a directory\n");
  });

  it("junit: a suite per file with its failures; the XML names the rule and keeps the Chinese", () => {
    const { cwd, json } = wrongReport();
    writeFileSync(join(cwd, "报告/right.md"), CORRECT);
    const r = run(["报告", "--format", "junit"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const tests = json.messages.length + 1;
    expect(r.stdout.split("\n").slice(0, 4)).toEqual([
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<testsuites name="reportlint" tests="${tests}" failures="${json.errorCount}" errors="0">`,
      `  <testsuite name="报告/right.md" tests="1" failures="0" errors="0">`,
      `    <testcase classname="报告/right.md" name="reportlint"/>`,
    ]);
    expect(r.stdout).toContain(`  <testsuite name="报告/wrong.md" tests="${json.messages.length}" failures="${json.errorCount}" errors="0">\n`);
    expect(r.stdout).toContain(`    <testcase classname="报告/wrong.md" name="arithmetic 77:11">\n      <failure type="arithmetic" message="（七）总计·自然人 写的是 2930，`);
    expect(r.stdout.endsWith("</testsuites>\n")).toBe(true);
  });

  it("--help lists the formats and --output-file", () => {
    const r = run(["--help"], { cwd: workspace() });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/gu, " ")).toContain('-f, --format <name> output format (see Formats below) (choices: "stylish", "json", "sarif", "github", "junit", default: "stylish")');
    expect(r.stdout).toContain("-o, --output-file <path>");
    expect(r.stdout).toContain("\nFormats (--format):\n  stylish  for people (default)");
  });
});

describe("reportlint --output-file", () => {
  it("writes the report to the file, creating its directories; nothing on stdout or stderr; the exit code is unchanged", () => {
    const { cwd } = wrongReport();
    const direct = run(["报告/wrong.md", "--format", "sarif"], { cwd });
    const r = run(["报告/wrong.md", "--format", "sarif", "--output-file", "out/reports/lint.sarif"], { cwd });
    expect(r).toEqual({ code: 1, stdout: "", stderr: "" });
    expect(readFileSync(join(cwd, "out/reports/lint.sarif"), "utf8")).toBe(direct.stdout);
    expect(readdirSync(join(cwd, "out/reports"))).toEqual(["lint.sarif"]); // no temporary file left behind
  });

  it("-o: the stylish report without colours even when they are forced; an existing file replaced, keeping its mode", () => {
    const cwd = workspace({ "blank.md": BLANK_CELL, "report.txt": "old report\n" });
    chmodSync(join(cwd, "report.txt"), 0o640);
    const r = run(["blank.md", "-o", "report.txt"], { cwd, env: { FORCE_COLOR: "1" } });
    expect(r).toEqual({ code: 0, stdout: "", stderr: "" });
    const text = readFileSync(join(cwd, "report.txt"), "utf8");
    expect(text).toBe(run(["blank.md"], { cwd }).stdout);
    expect(text).not.toMatch(/\x1b\[/u);
    expect(statSync(join(cwd, "report.txt")).mode & 0o777).toBe(0o640);
  });

  it("a clean run still writes the file (empty for stylish), so that an old report is never taken for this one", () => {
    const cwd = workspace({ "right.md": CORRECT, "report.txt": "old report\n" });
    expect(run(["right.md", "-o", "report.txt"], { cwd })).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(join(cwd, "report.txt"), "utf8")).toBe("");
  });

  it("a directory as the output file: exit 2 with one line, before anything is linted or fixed", () => {
    const cwd = workspace({ "blank.md": BLANK_CELL });
    mkdirSync(join(cwd, "out"));
    const r = run(["blank.md", "--fix", "-o", "out"], { cwd });
    expect(r).toEqual({ code: 2, stdout: "", stderr: "reportlint: cannot write the report to out: is a directory\n" });
    expect(readFileSync(join(cwd, "blank.md"), "utf8")).toBe(BLANK_CELL); // not fixed
  });

  it("an output file that cannot be written: exit 2 with one line", () => {
    const cwd = workspace({ "blank.md": BLANK_CELL, "file": "" });
    const r = run(["blank.md", "-o", "file/report.txt"], { cwd });
    expect(r).toEqual({ code: 2, stdout: "", stderr: "reportlint: cannot write the report to file/report.txt: not a directory\n" });
  });

  it("with --stdin --fix the fixed text owns stdout and the report goes to the file", () => {
    const cwd = workspace();
    const r = run(["--stdin", "--stdin-filename", "x.md", "--fix", "--format", "json", "-o", "report.json"], { cwd, input: WRONG_TOTALS });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(WRONG_TOTALS); // nothing in it is safely fixable
    expect(parseJsonOutput(readFileSync(join(cwd, "report.json"), "utf8"))[0]!.filePath).toBe(join(cwd, "x.md"));
  });
});
