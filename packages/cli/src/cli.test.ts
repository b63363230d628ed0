import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { cli, type Io } from "./cli.ts";

// The core is pure and well guarded, so its failures are simulated: `lint` throws for a report
// containing "CRASH-LINT" and reports an internal-error message for one containing "CRASH-RULE".
vi.mock("@reportlint/core", async (importOriginal) => {
  const core = await importOriginal<typeof import("@reportlint/core")>();
  return {
    ...core,
    lint(text: string, options?: Parameters<typeof core.lint>[1]) {
      if (text.includes("CRASH-LINT")) throw new Error("something broke\n    at somewhere (file.js:1:2)");
      const result = core.lint(text, options);
      if (!text.includes("CRASH-RULE")) return result;
      const message = { ruleId: null, severity: 2 as const, message: "reportlint failed internally", messageId: "internal-error", line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true as const };
      return { ...result, messages: [message, ...result.messages], errorCount: result.errorCount + 1 };
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), "reportlint-cli-unit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(): Io & { out: string; err: string } {
  const state = {
    out: "",
    err: "",
    cwd: dir,
    env: {},
    stdout: { write: (t: string) => (state.out += t), isTTY: false },
    stderr: { write: (t: string) => (state.err += t) },
    readStdin: async () => new Uint8Array(),
  };
  return state;
}

describe("cli() exit codes for internal failures", () => {
  it("an internal-error message from the core: the findings are printed and the exit code is 2", async () => {
    writeFileSync(join(dir, "rule.md"), "# CRASH-RULE\n");
    const s = io();
    expect(await cli(["rule.md", "--format", "json"], s)).toBe(2);
    expect(JSON.parse(s.out)[0].messages[0]).toMatchObject({ messageId: "internal-error", fatal: true });
    expect(s.err).toBe("");
  });

  it("the core throwing: a fatal internal-error message for that file, the run goes on, exit 2", async () => {
    writeFileSync(join(dir, "a.md"), "# CRASH-LINT\n");
    writeFileSync(join(dir, "b.md"), "# 报告\n");
    const s = io();
    expect(await cli(["a.md", "b.md", "--format", "json", "--locale", "en"], s)).toBe(2);
    const [a, b] = JSON.parse(s.out);
    expect(a.messages).toEqual([expect.objectContaining({ messageId: "internal-error", fatal: true, message: expect.stringContaining("something broke at somewhere") })]);
    expect(b.filePath).toBe(join(dir, "b.md"));
  });

  it("an unexpected exception outside the lint: one line on stderr, no stack trace, exit 2", async () => {
    const s = io();
    s.stdout.write = () => {
      throw new Error("stdout is gone");
    };
    writeFileSync(join(dir, "c.md"), "# 报告\n");
    expect(await cli(["c.md"], s)).toBe(2);
    expect(s.err).toBe("reportlint: internal error: stdout is gone\n");
  });
});
