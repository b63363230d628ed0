import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BLANK_CELL, CORRECT, parseJsonOutput, run, workspace, WRONG_TOTALS } from "./helpers.ts";

const stats = (files: number, hits: number, misses: number): string => `reportlint: ${files} file${files === 1 ? "" : "s"}, main thread, cache: ${hits} hits, ${misses} misses\n`;
const ARGS = ["reports", "--cache", "--stats", "--concurrency", "off", "--format", "json"];

describe("reportlint --cache", () => {
  it("a second run takes every result from .reportlintcache, the same results; an edited file is linted again", () => {
    const cwd = workspace({ "reports/a.md": CORRECT, "reports/b.md": WRONG_TOTALS, "reports/c.md": BLANK_CELL });
    const first = run(ARGS, { cwd });
    expect(first.code).toBe(1);
    expect(first.stderr).toBe(stats(3, 0, 3));
    expect(existsSync(join(cwd, ".reportlintcache"))).toBe(true);
    const second = run(ARGS, { cwd });
    expect(second).toEqual({ ...first, stderr: stats(3, 3, 0) });

    writeFileSync(join(cwd, "reports", "a.md"), WRONG_TOTALS);
    const edited = run(ARGS, { cwd });
    expect(edited.stderr).toBe(stats(3, 2, 1));
    expect(parseJsonOutput(edited.stdout)[0]!.errorCount).toBe(parseJsonOutput(first.stdout)[1]!.errorCount);
  });

  it("a changed configuration lints every file it governs again", () => {
    const cwd = workspace({ "reports/c.md": BLANK_CELL });
    expect(parseJsonOutput(run(ARGS, { cwd }).stdout)[0]!.messages.map((m) => m.ruleId)).toEqual(["blank-cell"]);
    writeFileSync(join(cwd, ".reportlintrc.json"), '{ "rules": { "blank-cell": "off" } }');
    const r = run(ARGS, { cwd });
    expect(r.stderr).toBe(stats(1, 0, 1));
    expect(parseJsonOutput(r.stdout)[0]!.messages).toEqual([]);
    expect(run(ARGS, { cwd }).stderr).toBe(stats(1, 1, 0));
  });

  it("a corrupted cache is ignored with a one-line note and rewritten", () => {
    const cwd = workspace({ "reports/a.md": CORRECT, ".reportlintcache": "{ not json" });
    const r = run(ARGS, { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`reportlint: ignoring the cache .reportlintcache: not a reportlint cache (a damaged or foreign file); it will be rewritten\n${stats(1, 0, 1)}`);
    expect(Object.keys((JSON.parse(readFileSync(join(cwd, ".reportlintcache"), "utf8")) as { entries: object }).entries)).toEqual([join(cwd, "reports", "a.md")]);
    expect(run(ARGS, { cwd }).stderr).toBe(stats(1, 1, 0));
  });

  it("--cache-location: a directory holds .reportlintcache, another path is the file", () => {
    const cwd = workspace({ "reports/a.md": CORRECT });
    run([...ARGS, "--cache-location", "tmp/"], { cwd });
    expect(existsSync(join(cwd, "tmp", ".reportlintcache"))).toBe(true);
    run([...ARGS, "--cache-location", "lint.cache"], { cwd });
    expect(existsSync(join(cwd, "lint.cache"))).toBe(true);
    expect(existsSync(join(cwd, ".reportlintcache"))).toBe(false);
  });

  it("a cached result with fixes does not stop --fix from making them", () => {
    const cwd = workspace({ "reports/c.md": BLANK_CELL });
    run(ARGS, { cwd });
    expect(run(["reports", "--cache", "--fix"], { cwd }).code).toBe(0);
    expect(readFileSync(join(cwd, "reports", "c.md"), "utf8")).toBe(CORRECT);
  });
});
