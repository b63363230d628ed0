import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lint } from "@reportlint/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver/node";
import { Analyzer, formatOfDocument } from "./analysis.ts";
import { codeActions } from "./code-actions.ts";
import { Debouncer } from "./debounce.ts";
import { toDiagnostic } from "./diagnostics.ts";
import { hover } from "./hover.ts";
import { DEFAULT_CONTEXT } from "./lint-context.ts";
import { readClientSettings, readDebounceMs } from "./settings.ts";

const CORRECT = readFileSync(join(import.meta.dirname, "..", "..", "..", "fixtures", "samples", "huaian-2024.md"), "utf8");
const WRONG = CORRECT.replace("| （七）总计 | 2932 |", "| （七）总计 | 2930 |");
const VARIANTS = CORRECT.replace("## 一、总体情况", "## 一、基本情况").replace("| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件 |");

function setup(text: string, uri = "file:///r/report.md") {
  const document = TextDocument.create(uri, "markdown", 1, text);
  const analysis = new Analyzer(() => DEFAULT_CONTEXT).analyze(document)!;
  return { document, analysis, diagnostics: analysis.messages.map(toDiagnostic) };
}

function actionsFor(text: string, pick: (d: Diagnostic) => boolean): { document: TextDocument; actions: CodeAction[] } {
  const { document, analysis, diagnostics } = setup(text);
  const diagnostic = diagnostics.find(pick)!;
  expect(diagnostic).toBeDefined();
  const actions = codeActions(document, analysis, { textDocument: { uri: document.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }, { documentChanges: false });
  return { document, actions };
}

function apply(document: TextDocument, action: CodeAction): string {
  const edits = action.edit!.changes![document.uri] as TextEdit[];
  return TextDocument.applyEdits(document, edits);
}

describe("language server modules", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("maps core messages to 0-based LSP diagnostics with the rule id as code", () => {
    const { diagnostics } = setup(WRONG);
    expect(diagnostics.find((d) => d.range.start.line === 76 && d.range.start.character === 10)).toMatchObject({ code: "arithmetic", source: "reportlint", severity: 1 });
  });

  it("takes the format from the file name, else the language id; skips .docx and other files", () => {
    expect(formatOfDocument("file:///a/b.md", "plaintext")).toBe("markdown");
    expect(formatOfDocument("file:///a/b.HTML", "html")).toBe("html");
    expect(formatOfDocument("file:///a/b.txt", "plaintext")).toBe("text");
    expect(formatOfDocument("file:///a/b.docx", "markdown")).toBeUndefined();
    expect(formatOfDocument("file:///a/b.json", "json")).toBeUndefined();
    expect(formatOfDocument("untitled:Untitled-1", "markdown")).toBe("markdown");
    expect(formatOfDocument("file:///a/%E6%8A%A5%E5%91%8A.md", "markdown")).toBe("markdown");
  });

  it("reads debounceMs from initializationOptions, falling back to the default", () => {
    expect(readDebounceMs(undefined)).toBe(150);
    expect(readDebounceMs({ debounceMs: 20 })).toBe(20);
    expect(readDebounceMs({ debounceMs: -1 })).toBe(150);
  });

  it("reads the reportlint settings section, falling back to the defaults; an empty locale or profile is unset", () => {
    expect(readClientSettings(undefined)).toEqual({ enable: true, run: "onType" });
    expect(readClientSettings({ enable: false, run: "onSave", locale: "en", profile: " ./p.json " })).toEqual({ enable: false, run: "onSave", locale: "en", profile: "./p.json" });
    expect(readClientSettings({ enable: "no", run: "sometimes", locale: "fr", profile: "" })).toEqual({ enable: true, run: "onType" });
    expect(readClientSettings({ locale: null, profile: null })).toEqual({ enable: true, run: "onType" });
  });

  it("debounces per key: only the last scheduled run of a burst happens", () => {
    vi.useFakeTimers();
    const runs: string[] = [];
    const debouncer = new Debouncer(150);
    debouncer.schedule("a", () => runs.push("a1"));
    vi.advanceTimersByTime(100);
    debouncer.schedule("a", () => runs.push("a2"));
    debouncer.schedule("b", () => runs.push("b1"));
    vi.advanceTimersByTime(149);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(["a2", "b1"]);
    debouncer.schedule("a", () => runs.push("a3"));
    debouncer.cancel("a");
    vi.advanceTimersByTime(500);
    expect(runs).toEqual(["a2", "b1"]);
  });

  it("disables a rule around a Markdown table (a comment line inside would cut it), and the finding goes away", () => {
    const { document, actions } = actionsFor(WRONG, (d) => d.code === "arithmetic");
    const disable = actions.find((a) => a.title === "在此表格中停用 arithmetic")!;
    expect(disable).toBeDefined();
    const fixed = apply(document, disable);
    expect(fixed).toContain("<!-- reportlint-disable arithmetic -- 原因 -->");
    expect(lint(fixed).messages).toEqual([]);
  });

  it("disables a rule for the next line outside tables, and the finding goes away", () => {
    const { document, actions } = actionsFor(VARIANTS, (d) => d.range.start.line === 10);
    const disable = actions.find((a) => a.title.startsWith("在此行停用"))!;
    expect(disable).toBeDefined();
    const fixed = apply(document, disable);
    expect(fixed.split("\n")[10]).toMatch(/^<!-- reportlint-disable-next-line [a-z-]+ -- 原因 -->$/u);
    expect(lint(fixed).messages.filter((m) => m.line === 12)).toEqual([]);
  });

  it("disables a rule for the next line in HTML, where a comment may sit between table rows", () => {
    const html = readFileSync(join(import.meta.dirname, "..", "..", "..", "fixtures", "html", "huaian-2024.html"), "utf8");
    const wrong = html.replace('<td><p align="center">2932</p></td>', '<td><p align="center">2930</p></td>');
    expect(wrong).not.toBe(html);
    const document = TextDocument.create("file:///r/report.html", "html", 1, wrong);
    const analysis = new Analyzer(() => DEFAULT_CONTEXT).analyze(document)!;
    expect(analysis.format).toBe("html");
    const diagnostics = analysis.messages.map(toDiagnostic).filter((d) => d.code === "arithmetic");
    expect(diagnostics.length).toBeGreaterThan(0);
    const actions = codeActions(document, analysis, { textDocument: { uri: document.uri }, range: diagnostics[0]!.range, context: { diagnostics } }, { documentChanges: false });
    const disable = actions.find((a) => a.title === "在此行停用 arithmetic")!;
    expect(disable).toBeDefined();
    const fixed = apply(document, disable);
    expect(lint(fixed, { format: "html" }).messages.filter((m) => m.ruleId === "arithmetic")).toEqual([]);
  });

  it("shows the template's label on hover over a heading or header the binder matched as a variant", () => {
    const { document, analysis } = setup(VARIANTS);
    const heading = hover(document, analysis, document.offsetAt({ line: 10, character: 5 }), false);
    expect(heading?.contents).toEqual({ kind: "markdown", value: "模板标签：**一、总体情况**\n\n模板：部分 `overview`" });
    const line = VARIANTS.split("\n").findIndex((l) => l.includes("现行有效件 |"));
    const character = VARIANTS.split("\n")[line]!.indexOf("现行有效件");
    const header = hover(document, analysis, document.offsetAt({ line, character: character + 1 }), false);
    expect(header?.contents).toEqual({ kind: "markdown", value: "模板标签：**现行有效件数**\n\n模板：T2 · 列 `valid`" });
    const plain = hover(document, analysis, document.offsetAt({ line: 0, character: 0 }), false);
    expect(plain).toBeNull();
  });
});
