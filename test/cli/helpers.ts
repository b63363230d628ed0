import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import type { FileResult } from "../../packages/cli/src/results.ts";

export const ROOT = join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "packages", "cli", "dist", "reportlint.cjs");

/** A real, correct report: lints clean. */
export const CORRECT = readFileSync(join(ROOT, "fixtures", "samples", "huaian-2024.md"), "utf8");
/** The arithmetic fixture: four wrong totals. */
export const WRONG_TOTALS_PATH = join(ROOT, "fixtures", "rules", "arithmetic", "wrong-totals.md");
export const WRONG_TOTALS = readFileSync(WRONG_TOTALS_PATH, "utf8");
/** The correct report with one cell (规章·本年废止件数, a 0) left blank: one fixable blank-cell warning at 30:12. */
export const BLANK_CELL = CORRECT.replace("| 规章 | 1 | 0 | 11 |", "| 规章 | 1 |  | 11 |");
if (BLANK_CELL === CORRECT) throw new Error("the sample report changed: update BLANK_CELL in test/cli/helpers.ts");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a child process with its own cwd, no TTY, no colours forced. */
export function run(args: string[], options: { cwd: string; input?: string | Uint8Array; env?: Record<string, string>; uid?: number }): Run {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !["FORCE_COLOR", "NO_COLOR", "REPORTLINT_DEBUG"].includes(k)) env[k] = v;
  const child = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...env, ...options.env },
    timeout: 20_000,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary directory holding `files` (path → content), removed after the test file. */
export function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "reportlint-cli-"));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) write(dir, path, content);
  return dir;
}

export function write(dir: string, path: string, content: string): string {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

export function copyInto(dir: string, from: string, to: string): string {
  const full = join(dir, to);
  mkdirSync(dirname(full), { recursive: true });
  cpSync(from, full);
  return full;
}

/** The lines of a stylish report that name a problem: `  line:col  severity  message  rule`. */
export function problemLines(stdout: string): { line: number; column: number; severity: string; ruleId: string; text: string }[] {
  return stdout
    .split("\n")
    .map((text) => ({ text, m: /^ {2}\s*(\d+):(\d+)\s+(error|warning)\s+.*?(?:\s{2}([a-z-]+))?$/u.exec(text) }))
    .filter((x) => x.m)
    .map(({ text, m }) => ({ line: Number(m![1]), column: Number(m![2]), severity: m![3]!, ruleId: m![4] ?? "", text }));
}

/** What `--format json` prints for each file. */
export type JsonResult = FileResult;

export function parseJsonOutput(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}
