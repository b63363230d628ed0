import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  HoverRequest,
  type CodeAction,
  type DocumentSymbol,
  type Hover,
  type TextDocumentEdit,
} from "vscode-languageserver-protocol/node";
import { TestClient, uriOf, withTimeout } from "./client.ts";
import { BLANK_CELL, CORRECT, README, WRONG } from "./texts.ts";

let client: TestClient;
beforeEach(async () => {
  client = await TestClient.start({ debounceMs: 50 });
});
afterEach(async () => {
  await client?.stop();
});

async function open(uri: string, text: string, languageId = "markdown"): Promise<void> {
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
}

async function replaceAll(uri: string, version: number, text: string): Promise<void> {
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
}

describe("reportlint language server over stdio", () => {
  it("publishes the arithmetic errors of an opened report at 76:10, and clears them when the text is corrected", async () => {
    const uri = uriOf("huaian-2024.md");
    await open(uri, WRONG);
    const first = await client.diagnostics(uri);
    expect(first.version).toBe(1);
    const arithmetic = first.diagnostics.filter((d) => d.code === "arithmetic" && d.range.start.line === 76 && d.range.start.character === 10);
    expect(arithmetic).toHaveLength(2);
    expect(arithmetic[0]).toMatchObject({ source: "reportlint", severity: 1, range: { end: { line: 76, character: 14 } } });
    expect(arithmetic[0]!.message).toContain("2932");

    // An incremental edit, as editors send them: 2930 → 2932 in place.
    const seen = client.published.length;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 76, character: 10 }, end: { line: 76, character: 14 } }, text: "2932" }],
    });
    const cleared = await client.diagnostics(uri, () => true, seen);
    expect(cleared).toEqual({ uri, version: 2, diagnostics: [] });
  });

  it("lints only the latest version of a burst of edits (debounced)", async () => {
    const uri = uriOf("burst.md");
    await open(uri, CORRECT);
    await client.diagnostics(uri);
    const seen = client.published.length;
    await replaceAll(uri, 2, WRONG);
    await replaceAll(uri, 3, CORRECT);
    const next = await client.diagnostics(uri, () => true, seen);
    expect(next.version).toBe(3);
    expect(next.diagnostics).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(client.published.slice(seen).map((p) => p.version)).toEqual([3]);
  });

  it("gives a README-like Markdown file no diagnostics, and skips a .docx", async () => {
    const uri = uriOf("README.md");
    await open(uri, README);
    const published = await client.diagnostics(uri);
    expect(published.diagnostics).toEqual([]);
    const docx = uriOf("report.docx");
    await open(docx, WRONG, "markdown");
    const symbols = await withTimeout(client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: docx } }), "documentSymbol");
    expect(symbols ?? []).toEqual([]);
    expect(client.published.filter((p) => p.uri === docx)).toEqual([]);
  });

  it("offers a quick fix that writes 2932 for the arithmetic diagnostic, and a disable action", async () => {
    const uri = uriOf("fix.md");
    await open(uri, WRONG);
    const { diagnostics } = await client.diagnostics(uri);
    const diagnostic = diagnostics.find((d) => d.code === "arithmetic" && d.range.start.line === 76 && d.range.start.character === 10)!;
    const actions = (await withTimeout(
      client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }),
      "codeAction",
    )) as CodeAction[];
    const fix = actions.find((a) => a.kind === "quickfix" && a.title.includes("2932"))!;
    expect(fix).toBeDefined();
    const edit = fix.edit!.documentChanges![0] as TextDocumentEdit;
    expect(edit.textDocument).toEqual({ uri, version: 1 });
    expect(edit.edits).toEqual([{ range: { start: { line: 76, character: 10 }, end: { line: 76, character: 14 } }, newText: "2932" }]);
    expect(actions.some((a) => a.title.includes("arithmetic") && a.kind === "quickfix")).toBe(true);
  });

  it("offers one action per distinct change when two findings on a cell propose the same one", async () => {
    const uri = uriOf("fix-twice.md");
    await open(uri, WRONG);
    const { diagnostics } = await client.diagnostics(uri);
    const onCell = diagnostics.filter((d) => d.range.start.line === 76 && d.range.start.character === 10);
    expect(onCell.map((d) => d.code)).toEqual(["arithmetic", "arithmetic"]); // R1 and R3
    const actions = (await withTimeout(
      client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: onCell[0]!.range, context: { diagnostics: onCell } }),
      "codeAction",
    )) as CodeAction[];
    const titles = actions.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
    const fix = actions.find((a) => a.title.includes("2932"))!;
    expect(fix.diagnostics).toEqual(onCell);
  });

  it("offers source.fixAll.reportlint with the core's safe fixes", async () => {
    const uri = uriOf("blank.md");
    await open(uri, BLANK_CELL);
    const { diagnostics } = await client.diagnostics(uri);
    expect(diagnostics.some((d) => d.code === "blank-cell")).toBe(true);
    const actions = (await withTimeout(
      client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ["source.fixAll.reportlint"] },
      }),
      "codeAction",
    )) as CodeAction[];
    expect(actions).toHaveLength(1);
    const edit = actions[0]!.edit!.documentChanges![0] as TextDocumentEdit;
    expect(edit.edits).toEqual([{ range: { start: { line: 0, character: 0 }, end: expect.anything() }, newText: CORRECT }]);
  });

  it("shows the findings of a cell on hover", async () => {
    const uri = uriOf("hover.md");
    await open(uri, WRONG);
    await client.diagnostics(uri);
    const hover = (await withTimeout(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 76, character: 11 } }), "hover")) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("2930");
    expect(value).toContain("（七）总计");
    expect(value).toContain("各项办理结果之和为 2932");
    expect(hover.range).toEqual({ start: { line: 76, character: 10 }, end: { line: 76, character: 14 } });
  });

  it("lists the six sections as document symbols, with their tables as children", async () => {
    const uri = uriOf("symbols.md");
    await open(uri, CORRECT);
    const symbols = (await withTimeout(client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), "documentSymbol")) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual([
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
    expect(symbols[0]!.range.start.line).toBe(10);
    expect(symbols[1]!.children!.length).toBeGreaterThan(0);
    expect(symbols[2]!.children!.length).toBeGreaterThan(0);
    expect(symbols[3]!.children!.length).toBeGreaterThan(0);
    for (const s of symbols) for (const c of s.children ?? []) expect(c.range.start.line).toBeGreaterThanOrEqual(s.range.start.line);
  });

  it("clears the diagnostics of a closed document", async () => {
    const uri = uriOf("close.md");
    await open(uri, WRONG);
    const first = await client.diagnostics(uri);
    expect(first.diagnostics.length).toBeGreaterThan(0);
    const seen = client.published.length;
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    const cleared = await client.diagnostics(uri, () => true, seen);
    expect(cleared.diagnostics).toEqual([]);
  });
});
