import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll } from "vitest";

export const ROOT = join(import.meta.dirname, "..", "..");
export const ARTIFACTS = join(ROOT, "test-artifacts", "e2e");
export const SERVER = join(ROOT, "packages", "language-server", "dist", "server.js");
export const CLI = join(ROOT, "packages", "cli", "dist", "reportlint.cjs");
export const CI = /^(true|1)$/i.test(process.env.CI ?? "");

/** What scripts/e2e/tools.mjs (run by the e2e global setup) provisioned: .cache/e2e/tools.json. */
export interface Tools {
  nvim: string | null;
  chromium: string | null;
  codeServer: { node: string; entry: string; version: string } | null;
  playwrightCore: string | null;
  missing: Record<string, string>;
}

const MANIFEST = join(ROOT, ".cache", "e2e", "tools.json");

export function readTools(): Tools {
  if (!existsSync(MANIFEST)) {
    return { nvim: null, chromium: null, codeServer: null, playwrightCore: null, missing: { all: `${MANIFEST} not found: run node scripts/e2e/tools.mjs` } };
  }
  return JSON.parse(readFileSync(MANIFEST, "utf8")) as Tools;
}

/**
 * Whether a suite that needs `names` runs. Outside CI a missing tool skips the suite, with the reason
 * in its title and on stderr; with CI=true nothing is skipped: the suite fails in beforeAll with the
 * reason instead (call `failUnlessReady` inside the describe).
 */
export function toolsFor(...names: string[]): { skip: boolean; reason: string } {
  const { missing } = readTools();
  const reasons = [...names, "all"].filter((n) => missing[n]).map((n) => `${n}: ${missing[n]}`);
  const reason = reasons.join("; ");
  if (reason && !CI) console.warn(`[e2e] SKIPPING the tests that need ${names.join(", ")}: ${reason}`);
  return { skip: reason !== "" && !CI, reason };
}

export function failUnlessReady(reason: string): void {
  beforeAll(() => {
    if (reason) throw new Error(`CI=true and an end-to-end tool is missing: ${reason}`);
  });
}

/** The sample report with one wrong total: （七）总计·自然人 2930 instead of 2932 (line 77, column 11). */
export function wrongReport(): { correct: string; wrong: string } {
  const correct = readFileSync(join(ROOT, "fixtures", "samples", "huaian-2024.md"), "utf8");
  const wrong = correct.replace("| （七）总计 | 2932 |", "| （七）总计 | 2930 |");
  if (wrong === correct) throw new Error("fixtures/samples/huaian-2024.md changed: update wrongReport() in test/e2e/tools.ts");
  return { correct, wrong };
}

export const SECTIONS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

/** A message of `reportlint --format json`. */
export interface CliMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions?: { desc: string }[];
}

/** What the built CLI reports for `file` (exit code 1: the report has errors). */
export function lintWithCli(file: string): CliMessage[] {
  const cli = spawnSync(process.execPath, [CLI, "--format", "json", file], { encoding: "utf8" });
  if (cli.status !== 1) throw new Error(`reportlint exited with ${cli.status}: ${cli.stderr}`);
  return (JSON.parse(cli.stdout) as { messages: CliMessage[] }[])[0]!.messages;
}
