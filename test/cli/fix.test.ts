import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BLANK_CELL, CORRECT, parseJsonOutput, run, workspace, write, WRONG_TOTALS } from "./helpers.ts";

const FIXED = BLANK_CELL.replace("| 规章 | 1 |  | 11 |", "| 规章 | 1 | 0 | 11 |");

describe("reportlint --fix", () => {
  it("fixes a blank cell to 0 in place, keeps the file mode, leaves no temporary file; a second run has nothing fixable", () => {
    const cwd = workspace({ "reports/blank.md": BLANK_CELL });
    const path = join(cwd, "reports", "blank.md");
    chmodSync(path, 0o640);
    const fixed = run(["reports", "--fix", "--format", "json"], { cwd });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toBe("");
    expect(readFileSync(path, "utf8")).toBe(FIXED);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(cwd, "reports"))).toEqual(["blank.md"]);
    // What is reported is what remains after fixing.
    expect(parseJsonOutput(fixed.stdout)[0]!.messages.filter((m) => m.ruleId === "blank-cell")).toEqual([]);

    const again = run(["reports", "--format", "json"], { cwd });
    const [result] = parseJsonOutput(again.stdout);
    expect(result!.fixableErrorCount + result!.fixableWarningCount).toBe(0);
    expect(result!.messages.filter((m) => m.fix)).toEqual([]);
  });

  it("does not touch a file with nothing to fix (mtime unchanged), even when it has errors", () => {
    const cwd = workspace({ "clean.md": CORRECT, "wrong.md": WRONG_TOTALS });
    const old = new Date("2024-01-02T03:04:05Z");
    for (const name of ["clean.md", "wrong.md"]) utimesSync(join(cwd, name), old, old);
    const r = run(["--fix", "."], { cwd });
    expect(r.code).toBe(1); // wrong totals are suggestions, not safe fixes: still errors
    for (const name of ["clean.md", "wrong.md"]) expect(statSync(join(cwd, name)).mtimeMs).toBe(old.getTime());
    expect(readFileSync(join(cwd, "wrong.md"), "utf8")).toBe(WRONG_TOTALS);
  });

  it("keeps a UTF-8 BOM, and rewrites the target of a symbolic link, not the link", () => {
    const cwd = workspace({ "bom.md": `\uFEFF${BLANK_CELL}`, "real/target.md": BLANK_CELL });
    symlinkSync(join(cwd, "real", "target.md"), join(cwd, "link.md"));
    expect(run(["bom.md", "link.md", "--fix"], { cwd }).code).toBe(0);
    expect(readFileSync(join(cwd, "bom.md"), "utf8")).toBe(`\uFEFF${FIXED}`);
    expect(readFileSync(join(cwd, "real", "target.md"), "utf8")).toBe(FIXED);
    expect(readdirSync(cwd).sort()).toEqual(["bom.md", "link.md", "real"]);
  });

  it("--stdin --fix prints the fixed text on stdout and writes nothing", () => {
    const cwd = workspace();
    write(cwd, "blank.md", BLANK_CELL);
    const r = run(["--stdin", "--stdin-filename", "blank.md", "--fix"], { cwd, input: BLANK_CELL });
    expect(r).toEqual({ code: 0, stdout: FIXED, stderr: "" });
    expect(readFileSync(join(cwd, "blank.md"), "utf8")).toBe(BLANK_CELL);
    // What cannot be fixed goes to stderr, so stdout stays the text; the exit code still tells.
    const wrong = run(["--stdin", "--fix"], { cwd, input: WRONG_TOTALS });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe(WRONG_TOTALS);
    expect(wrong.stderr).toMatch(/^ {2}77:11 {2}error .* arithmetic$/mu);
  });
});

describe("reportlint --fix-dry-run", () => {
  const DIFF = [
    "--- a/reports/blank.md",
    "+++ b/reports/blank.md",
    "@@ -27,7 +27,7 @@",
    " | 第二十条第（一）项 | | | |",
    " |---|---:|---:|---:|",
    " | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
    "-| 规章 | 1 |  | 11 |",
    "+| 规章 | 1 | 0 | 11 |",
    " | 行政规范性文件 | 8 | 26 | 66 |",
    " | 第二十条第（五）项 | | | |",
    " | 信息内容 | 本年处理决定数量 | | |",
    "",
  ].join("\n");

  it("prints a unified diff per fixed file, writes nothing (mtime unchanged), and reports what would remain", () => {
    const cwd = workspace({ "reports/blank.md": BLANK_CELL, "reports/clean.md": CORRECT });
    const old = new Date("2024-01-02T03:04:05Z");
    for (const name of ["blank.md", "clean.md"]) utimesSync(join(cwd, "reports", name), old, old);
    const r = run(["reports", "--fix-dry-run"], { cwd });
    expect(r).toEqual({ code: 0, stdout: DIFF, stderr: "" });
    for (const name of ["blank.md", "clean.md"]) expect(statSync(join(cwd, "reports", name)).mtimeMs).toBe(old.getTime());
    expect(readFileSync(join(cwd, "reports", "blank.md"), "utf8")).toBe(BLANK_CELL);
    expect(readdirSync(join(cwd, "reports")).sort()).toEqual(["blank.md", "clean.md"]);
  });

  it("json: ESLint's `output` (the fixed text) only for a file the fixes change", () => {
    const cwd = workspace({ "blank.md": BLANK_CELL, "clean.md": CORRECT });
    const r = run(["blank.md", "clean.md", "--fix-dry-run", "--format", "json"], { cwd });
    expect(r.code).toBe(0);
    const [blank, clean] = parseJsonOutput(r.stdout);
    expect(blank!.output).toBe(FIXED);
    expect(blank!.messages).toEqual([]);
    expect(clean!.output).toBeUndefined();
    expect(readFileSync(join(cwd, "blank.md"), "utf8")).toBe(BLANK_CELL);
  });

  it("with --stdin, the diff is the report and stdout does not get the fixed text; --fix with it is a usage error", () => {
    const cwd = workspace();
    const r = run(["--stdin", "--stdin-filename", "reports/blank.md", "--fix-dry-run"], { cwd, input: BLANK_CELL });
    expect(r).toEqual({ code: 0, stdout: DIFF, stderr: "" });
    expect(run(["--fix", "--fix-dry-run", "x.md"], { cwd })).toEqual({ code: 2, stdout: "", stderr: "reportlint: --fix and --fix-dry-run cannot be combined\n" });
  });
});
