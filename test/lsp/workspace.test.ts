import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import {
  DidChangeWorkspaceFoldersNotification,
  DidOpenTextDocumentNotification,
  ExecuteCommandRequest,
  type TextDocumentEdit,
} from "vscode-languageserver-protocol/node";
import { artifactFolder, ROOT, TestClient, withTimeout, type ClientOptions } from "./client.ts";
import { BLANK_CELL, CORRECT, README, WRONG } from "./texts.ts";

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

async function start(options: ClientOptions): Promise<TestClient> {
  client = await TestClient.start({ debounceMs: 50 }, options);
  return client;
}

const uriIn = (dir: string, path: string): string => pathToFileURL(join(dir, path)).href;
const folder = (dir: string) => ({ uri: pathToFileURL(dir).href, name: dir.split(/[\\/]/u).pop()! });
const WRONG_TOTAL_DOCX = readFileSync(join(ROOT, "fixtures", "docx", "huaian-2024-wrong-total.docx"));

function lintWorkspace(c: TestClient): Promise<unknown> {
  return withTimeout(c.connection.sendRequest(ExecuteCommandRequest.type, { command: "reportlint.server.lintWorkspace", arguments: [] }), "lintWorkspace", 20_000);
}

describe("reportlint.server.lintWorkspace", () => {
  it("is announced with the other commands of the server", async () => {
    const c = await start({});
    expect(c.serverCapabilities.executeCommandProvider).toEqual({
      commands: ["reportlint.server.lintWorkspace", "reportlint.server.fixAll", "reportlint.server.openRuleDocs"],
    });
  });

  it("lints every report file of the folder that is not open, publishes for each, and answers the summary", async () => {
    const dir = artifactFolder("workspace-lint", {
      "a.md": WRONG,
      "b/c.md": CORRECT,
      "README.md": README,
      "report.docx": WRONG_TOTAL_DOCX,
      "notes.json": "{}",
      ".hidden/d.md": WRONG,
      "node_modules/e.md": WRONG,
    });
    const c = await start({ workspaceFolders: [folder(dir)] });
    // Open in the editor with other text than on disk: its diagnostics are the editor's, the walk leaves them alone.
    const open = uriIn(dir, "b/c.md");
    await c.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: open, languageId: "markdown", version: 1, text: WRONG } });
    await c.diagnostics(open);
    const seen = c.published.length;

    expect(await lintWorkspace(c)).toEqual({ files: 4, reports: 3, errors: 6, warnings: 0 });
    const after = c.published.slice(seen);
    expect(after.map((p) => p.uri).sort()).toEqual([uriIn(dir, "README.md"), uriIn(dir, "a.md"), uriIn(dir, "report.docx")]);
    const byUri = (uri: string) => after.find((p) => p.uri === uri)!.diagnostics;
    expect(byUri(uriIn(dir, "a.md")).map((d) => [d.code, d.range.start.line, d.range.start.character, d.severity])).toEqual([
      ["arithmetic", 76, 10, 1],
      ["arithmetic", 76, 10, 1],
      ["arithmetic", 76, 39, 1],
    ]);
    expect(byUri(uriIn(dir, "README.md"))).toEqual([]);
    // A .docx has no lines to show: at its top, with Word's place in front of the message.
    expect(byUri(uriIn(dir, "report.docx")).map((d) => [d.range, d.message])).toEqual([
      [
        { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        "文档第2个表格 第27行第10列: （七）总计·总计 写的是 3060，但一、本年新收加二、上年结转减四、结转下年度为 3050（R1：第一项加第二项之和等于第三项加第四项之和）。请核对各项数字，或将其改为 3050。",
      ],
      [{ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, "文档第2个表格 第27行第10列: （七）总计·总计 写的是 3060，但各类申请人之和为 3050（R2：总计等于各类申请人之和）。请核对各项数字，或将其改为 3050。"],
      [{ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, "文档第2个表格 第27行第10列: （七）总计·总计 写的是 3060，但各项办理结果之和为 3050（R3：（七）总计等于各项办理结果之和）。请核对各项数字，或将其改为 3050。"],
    ]);
    expect(await c.log((line) => line.startsWith("reportlint: 4 files"))).toBe("reportlint: 4 files, 3 reports: 6 errors, 0 warnings");
  });

  it("walks every folder of a multi-root workspace with its own configuration, and the folders added later", async () => {
    const a = artifactFolder("workspace-root-a", { "reportlint.config.json": '{ "rules": { "arithmetic": "warn" } }\n', "r.md": WRONG });
    const b = artifactFolder("workspace-root-b", { "r.md": WRONG, "s.md": CORRECT });
    const c = await start({ workspaceFolders: [folder(a)], workspace: { workspaceFolders: true } });
    expect(await lintWorkspace(c)).toEqual({ files: 1, reports: 1, errors: 0, warnings: 3 });

    await c.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [folder(b)], removed: [] } });
    expect(await lintWorkspace(c)).toEqual({ files: 3, reports: 3, errors: 3, warnings: 3 });

    await c.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [folder(a)] } });
    expect(await lintWorkspace(c)).toEqual({ files: 2, reports: 2, errors: 3, warnings: 0 });
  });

  it("skips the folders whose settings disable reportlint", async () => {
    const a = artifactFolder("workspace-enable-a", { "r.md": WRONG });
    const b = artifactFolder("workspace-enable-b", { "r.md": WRONG });
    const c = await start({ workspaceFolders: [folder(a), folder(b)], configuration: (scope) => ({ enable: scope !== pathToFileURL(b).href }) });
    expect(await lintWorkspace(c)).toEqual({ files: 1, reports: 1, errors: 3, warnings: 0 });
    expect(c.configurationRequests).toEqual([pathToFileURL(a).href, pathToFileURL(b).href]);
  });
});

describe("reportlint.server.fixAll", () => {
  it("applies the safe fixes of an open document through workspace/applyEdit", async () => {
    const dir = artifactFolder("fix-all", {});
    const c = await start({});
    const uri = uriIn(dir, "blank.md");
    await c.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "markdown", version: 1, text: BLANK_CELL } });
    await c.diagnostics(uri);
    const result = await withTimeout(c.connection.sendRequest(ExecuteCommandRequest.type, { command: "reportlint.server.fixAll", arguments: [{ uri }] }), "fixAll");
    expect(result).toEqual({ applied: true });
    expect(c.appliedEdits).toHaveLength(1);
    expect(c.appliedEdits[0]!.label).toBe("修复所有可安全修复的 reportlint 问题");
    const edit = c.appliedEdits[0]!.edit.documentChanges![0] as TextDocumentEdit;
    expect(edit.textDocument).toEqual({ uri, version: 1 });
    expect(edit.edits).toEqual([{ range: { start: { line: 0, character: 0 }, end: { line: BLANK_CELL.split("\n").length - 1, character: 0 } }, newText: CORRECT }]);
  });

  it("applies nothing to a document with nothing safely fixable, or one that is not open", async () => {
    const dir = artifactFolder("fix-all-none", {});
    const c = await start({});
    const uri = uriIn(dir, "wrong.md");
    await c.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "markdown", version: 1, text: WRONG } });
    await c.diagnostics(uri);
    const fixAll = (argument: unknown) => withTimeout(c.connection.sendRequest(ExecuteCommandRequest.type, { command: "reportlint.server.fixAll", arguments: [argument] }), "fixAll");
    expect(await fixAll({ uri })).toEqual({ applied: false });
    expect(await fixAll({ uri: uriIn(dir, "closed.md") })).toEqual({ applied: false });
    expect(await fixAll(undefined)).toEqual({ applied: false });
    expect(c.appliedEdits).toEqual([]);
  });
});
