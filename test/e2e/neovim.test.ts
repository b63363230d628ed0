import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, failUnlessReady, lintWithCli, readTools, SECTIONS, SERVER, toolsFor, wrongReport } from "./tools.ts";

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Diagnostic {
  range: Range;
  severity: number;
  code: string;
  source: string;
  message: string;
}
interface Symbol {
  name: string;
  range: Range;
  children?: Symbol[];
}
interface NeovimResult {
  error?: string;
  filetype: string;
  uri: string;
  published: { uri: string; diagnostics: Diagnostic[] };
  neovim: { lnum: number; col: number; code: string; severity: number }[];
  hover: { contents: { kind: string; value: string }; range: Range };
  symbols: Symbol[];
}
const { skip, reason } = toolsFor("neovim");

describe.skipIf(skip)(`Neovim 0.7 (vim.lsp.start_client) with the language server${skip ? ` [SKIPPED: ${reason}]` : ""}`, () => {
  failUnlessReady(reason);

  it("shows the CLI's diagnostics for a report with one wrong total, hover on the cell and the outline", () => {
    const dir = join(ARTIFACTS, "neovim");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "huaian-2024.md");
    writeFileSync(file, wrongReport().wrong);
    const out = join(dir, "result.json");

    // The CLI on the same file: the reference.
    const messages = lintWithCli(file);

    const nvim = spawnSync(readTools().nvim!, ["--headless", "--clean", "-c", `luafile ${join(import.meta.dirname, "neovim-lsp.lua")}`], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, E2E_NODE: process.execPath, E2E_SERVER: SERVER, E2E_FILE: file, E2E_OUT: out, E2E_LINE: "76", E2E_CHARACTER: "11" },
      timeout: 120_000, // only so that a hung editor cannot hang the run
    });
    const result = JSON.parse(readFileSync(out, "utf8")) as NeovimResult;
    expect(result.error).toBeUndefined();
    expect(nvim.status).toBe(0);
    expect(result.filetype).toBe("markdown");
    expect(result.uri).toBe(pathToFileURL(file).href);

    // The wrong （七）总计·自然人 cell: two arithmetic errors at 77:11-77:15 (LSP 76:10-76:14), plus the
    // 总计 column's own total at 77:40 that no longer adds up.
    const diagnostics = result.published.diagnostics;
    expect(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character, d.severity, d.source])).toEqual([
      ["arithmetic", 76, 10, 14, 1, "reportlint"],
      ["arithmetic", 76, 10, 14, 1, "reportlint"],
      ["arithmetic", 76, 39, 43, 1, "reportlint"],
    ]);
    // Exactly what the CLI reports for the same file (1-based lines and columns, severity 2 = error).
    expect(
      diagnostics.map((d) => ({
        ruleId: d.code,
        severity: d.severity === 1 ? 2 : 1,
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      })),
    ).toEqual(messages.map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn })));
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ["arithmetic", 77, 11],
      ["arithmetic", 77, 11],
      ["arithmetic", 77, 40],
    ]);
    // Neovim's own diagnostic list, in byte columns: "| （七）总计 | " is 20 bytes of UTF-8.
    expect(result.neovim).toEqual([
      { lnum: 76, col: 20, code: "arithmetic", severity: 1 },
      { lnum: 76, col: 20, code: "arithmetic", severity: 1 },
      { lnum: 76, col: 49, code: "arithmetic", severity: 1 },
    ]);

    // Hover on the cell: its place, its value and both findings, worded as the CLI words them.
    expect(result.hover.range).toEqual({ start: { line: 76, character: 10 }, end: { line: 76, character: 14 } });
    expect(result.hover.contents.kind).toBe("markdown");
    expect(result.hover.contents.value).toContain("（七）总计");
    expect(result.hover.contents.value).toContain("2930");
    expect(result.hover.contents.value).toContain(messages[0]!.message);
    expect(result.hover.contents.value).toContain(messages[1]!.message);
    expect(result.hover.contents.value).not.toContain(messages[2]!.message);

    // The outline: the six sections, with the three tables under sections 二, 三 and 四.
    expect(result.symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)])).toEqual([
      [SECTIONS[0], []],
      [SECTIONS[1], ["主动公开政府信息情况"]],
      [SECTIONS[2], ["收到和处理政府信息公开申请情况"]],
      [SECTIONS[3], ["政府信息公开行政复议、行政诉讼情况"]],
      [SECTIONS[4], []],
      [SECTIONS[5], []],
    ]);
    expect(result.symbols.map((s) => s.range.start.line)).toEqual([10, 24, 42, 79, 87, 93]);
  });
});
