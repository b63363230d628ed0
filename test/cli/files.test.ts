import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORRECT, parseJsonOutput, run, workspace, write, WRONG_TOTALS } from "./helpers.ts";
import { encodeGb18030 } from "../../packages/core/src/testing/gb18030.ts";

const relativePaths = (cwd: string, stdout: string) => parseJsonOutput(stdout).map((r) => r.filePath.slice(cwd.length + 1));
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

describe("reportlint: files, directories and globs", () => {
  it("walks directories for *.md, in name order, never entering node_modules or .git", () => {
    const cwd = workspace({
      "reports/b.md": CORRECT,
      "reports/a.md": CORRECT,
      "reports/notes.pdf": "not a report",
      "reports/2024/c.md": CORRECT,
      "reports/node_modules/pkg/README.md": WRONG_TOTALS,
      "reports/.git/x.md": WRONG_TOTALS,
      "node_modules/y.md": WRONG_TOTALS,
      ".git/z.md": WRONG_TOTALS,
      "top.md": CORRECT,
    });
    const r = run(["--format", "json"], { cwd }); // no argument: the current directory
    expect(r.code).toBe(0);
    expect(relativePaths(cwd, r.stdout)).toEqual(["reports/2024/c.md", "reports/a.md", "reports/b.md", "top.md"]);
    expect(relativePaths(cwd, run(["reports", "--format", "json"], { cwd }).stdout)).toEqual(["reports/2024/c.md", "reports/a.md", "reports/b.md"]);
  });

  it("expands globs, lints explicitly named files whatever their extension, and lists each file once", () => {
    const cwd = workspace({ "r/2023.md": CORRECT, "r/2024.md": CORRECT, "r/x/2024.md": CORRECT, "r/report.txt": CORRECT, "r/node_modules/2024.md": WRONG_TOTALS });
    expect(relativePaths(cwd, run(["r/**/2024.md", "--format", "json"], { cwd }).stdout)).toEqual(["r/2024.md", "r/x/2024.md"]);
    expect(relativePaths(cwd, run(["r/*.md", "r/2023.md", "r/report.txt", "--format", "json"], { cwd }).stdout)).toEqual(["r/2023.md", "r/2024.md", "r/report.txt"]);
  });

  it("no files: exit 2 with one clear line", () => {
    const cwd = workspace({ "empty/notes.pdf": "x", "node_modules/a.md": CORRECT });
    const names = "*.md, *.markdown, *.html, *.htm, *.txt, *.docx";
    for (const [args, line] of [
      [["missing.md"], "reportlint: no such file or directory: missing.md\n"],
      [["empty"], `reportlint: no report files (${names}) in "empty" (node_modules and .git are not searched)\n`],
      [["nothing/**/*.md"], `reportlint: no report files (${names}) matching "nothing/**/*.md"\n`],
      [["--format", "json"], `reportlint: no report files (${names}) in "." (node_modules and .git are not searched)\n`],
    ] as const) {
      expect(run([...args], { cwd })).toEqual({ code: 2, stdout: "", stderr: line });
    }
  });

  it("an unreadable file (a directory named x.md, a dangling link) is a fatal message for that file; the run goes on", () => {
    const cwd = workspace({ "reports/a.md": CORRECT, "reports/z.md": WRONG_TOTALS });
    mkdirSync(join(cwd, "reports", "x.md"));
    symlinkSync(join(cwd, "gone.md"), join(cwd, "reports", "y.md"));
    const r = run(["reports", "--format", "json"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const results = parseJsonOutput(r.stdout);
    expect(results.map((x) => x.filePath.slice(cwd.length + 1))).toEqual(["reports/a.md", "reports/x.md", "reports/y.md", "reports/z.md"]);
    for (const [i, reason] of [[1, "is a directory"], [2, "no such file or directory"]] as const) {
      expect(results[i]!.messages).toEqual([
        expect.objectContaining({ ruleId: null, severity: 2, fatal: true, messageId: "read-error", line: 1, column: 1, message: expect.stringContaining(reason) }),
      ]);
      expect(results[i]!.fatalErrorCount).toBe(1);
    }
    expect(results[3]!.errorCount).toBeGreaterThan(0); // linted after the unreadable ones

    const stylish = run(["reports", "--locale", "en"], { cwd });
    expect(stylish.stdout).toContain("\nreports/x.md\n  1:1  error  Cannot read the file: is a directory. Check the path, the file type and the permissions.\n");
  });

  it("a file without read permission is reported and the run goes on", () => {
    const cwd = workspace({ "a.md": CORRECT, "secret.md": CORRECT });
    chmodSync(join(cwd, "secret.md"), 0o000);
    // Root reads anything, so as root the CLI runs as the unprivileged "nobody" to meet the permission.
    chmodSync(cwd, 0o755);
    chmodSync(join(cwd, "a.md"), 0o644);
    const r = run([".", "--format", "json", "--locale", "en"], { cwd, ...(isRoot ? { uid: NOBODY } : {}) });
    expect(r.code).toBe(1);
    const [a, secret] = parseJsonOutput(r.stdout);
    expect(a!.messages).toEqual([]);
    expect(secret!.messages[0]).toMatchObject({ fatal: true, messageId: "read-error", message: expect.stringContaining("permission denied") });
  });

  it("reads UTF-8 with a BOM, and GB18030 (what Chinese Windows tools save as ANSI), as the same text", () => {
    const cwd = workspace();
    write(cwd, "bom.md", `\uFEFF${WRONG_TOTALS}`);
    writeFileSync(join(cwd, "gb.md"), encodeGb18030(WRONG_TOTALS));
    const r = run(["bom.md", "gb.md", "--format", "json"], { cwd });
    const positions = parseJsonOutput(r.stdout).map((x) => x.messages.filter((m) => m.ruleId === "arithmetic").map((m) => `${m.line}:${m.column}`));
    expect(positions).toEqual([
      ["77:11", "77:11", "77:40", "86:24"],
      ["77:11", "77:11", "77:40", "86:24"],
    ]);
    const stdin = run(["--stdin", "--format", "json"], { cwd, input: encodeGb18030(WRONG_TOTALS) });
    expect(parseJsonOutput(stdin.stdout)[0]!.messages.filter((m) => m.ruleId === "arithmetic")).toHaveLength(4);
  });
});
