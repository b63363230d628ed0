import { rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentSymbolRequest,
  FileChangeType,
  HoverRequest,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { parseJsonOutput, run } from "../cli/helpers.ts";
import { artifactFolder, TestClient, withTimeout, writeIn, type ClientOptions } from "./client.ts";
import { CORRECT, README, WRONG } from "./texts.ts";

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

async function start(options: ClientOptions = {}, initializationOptions: Record<string, unknown> = {}): Promise<TestClient> {
  client = await TestClient.start({ debounceMs: 50, ...initializationOptions }, options);
  return client;
}

const uriIn = (dir: string, path: string): string => pathToFileURL(join(dir, path)).href;
const folder = (dir: string) => ({ uri: pathToFileURL(dir).href, name: dir.split(/[\\/]/u).pop()! });

async function open(c: TestClient, uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
  const seen = c.published.length;
  await c.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "markdown", version, text } });
  return c.diagnostics(uri, () => true, seen);
}

/** What a test compares: rule, 0-based place, severity, message. */
const brief = (d: Diagnostic) => [d.code, d.range.start.line, d.range.start.character, d.severity, d.message];

/** The CLI's findings for a file, in the same terms (its 1-based place made 0-based; severity 2 = error is LSP's 1). */
function cliFindings(cwd: string, file: string): unknown[] {
  const [result] = parseJsonOutput(run([file, "--format", "json"], { cwd }).stdout);
  return result!.messages.map((m) => [m.ruleId, m.line - 1, m.column - 1, m.severity === 2 ? 1 : 2, m.message]);
}

const ARITHMETIC_ZH = [
  ["arithmetic", 76, 10, 1, "（七）总计·自然人 写的是 2930，但一、本年新收加二、上年结转减四、结转下年度为 2932（R1：第一项加第二项之和等于第三项加第四项之和）。请核对各项数字，或将其改为 2932。"],
  ["arithmetic", 76, 10, 1, "（七）总计·自然人 写的是 2930，但各项办理结果之和为 2932（R3：（七）总计等于各项办理结果之和）。请核对各项数字，或将其改为 2932。"],
  ["arithmetic", 76, 39, 1, "（七）总计·总计 写的是 3050，但各类申请人之和为 3048（R2：总计等于各类申请人之和）。请核对各项数字，或将其改为 3048。"],
];

describe("configuration files in the language server", () => {
  it("lints with the nearest configuration file, as the CLI does: arithmetic off leaves no arithmetic errors", async () => {
    const dir = artifactFolder("config-rules", {
      "plain/report.md": WRONG,
      "quiet/reportlint.config.json": '{ "rules": { "arithmetic": "off" } }\n',
      "quiet/report.md": WRONG,
      "warned/package.json": '{ "name": "x", "reportlint": { "rules": { "arithmetic": "warn" } } }\n',
      "warned/report.md": WRONG,
    });
    const c = await start();
    const plain = await open(c, uriIn(dir, "plain/report.md"), WRONG);
    expect(plain.diagnostics.map(brief)).toEqual(ARITHMETIC_ZH);
    const quiet = await open(c, uriIn(dir, "quiet/report.md"), WRONG);
    expect(quiet.diagnostics).toEqual([]);
    const warned = await open(c, uriIn(dir, "warned/report.md"), WRONG);
    expect(warned.diagnostics.map(brief)).toEqual(ARITHMETIC_ZH.map(([code, line, character, , message]) => [code, line, character, 2, message]));
    // Exactly what the command line reports for the same files.
    for (const [name, published] of [["plain", plain], ["quiet", quiet], ["warned", warned]] as const) {
      expect(published.diagnostics.map(brief), name).toEqual(cliFindings(join(dir, name), "report.md"));
    }
  });

  it("registers for changes of the configuration files, and lints open documents again when one changes", async () => {
    const dir = artifactFolder("config-watch", { "report.md": WRONG });
    const c = await start({ workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    const first = await open(c, uriIn(dir, "report.md"), WRONG);
    expect(first.diagnostics.map((d) => d.severity)).toEqual([1, 1, 1]);
    const watching = c.registrations.find((r) => r.method === DidChangeWatchedFilesNotification.method);
    expect(watching?.registerOptions).toEqual({
      watchers: [{ globPattern: "**/reportlint.config.json" }, { globPattern: "**/.reportlintrc.json" }, { globPattern: "**/package.json" }],
    });

    const config = writeIn(dir, ".reportlintrc.json", '{ "rules": { "arithmetic": "warn" } }\n');
    let seen = c.published.length;
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Created }] });
    const warned = await c.diagnostics(uriIn(dir, "report.md"), () => true, seen);
    expect(warned.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["arithmetic", 2],
      ["arithmetic", 2],
      ["arithmetic", 2],
    ]);

    writeIn(dir, ".reportlintrc.json", '{ "rules": { "arithmetic": "off" } }\n');
    seen = c.published.length;
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Changed }] });
    expect((await c.diagnostics(uriIn(dir, "report.md"), () => true, seen)).diagnostics).toEqual([]);

    rmSync(config);
    seen = c.published.length;
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: FileChangeType.Deleted }] });
    expect((await c.diagnostics(uriIn(dir, "report.md"), () => true, seen)).diagnostics.map(brief)).toEqual(ARITHMETIC_ZH);
  });

  it("shows a broken configuration as one config-error at 0:0 naming the file and place, lints with the defaults, and keeps answering", async () => {
    const dir = artifactFolder("config-broken", { ".reportlintrc.json": '{\n  "rules": { "arithmetic": "off", }\n}\n', "report.md": WRONG });
    const c = await start({ workspaceFolders: [folder(dir)] });
    const uri = uriIn(dir, "report.md");
    const published = await open(c, uri, WRONG);
    const message = ".reportlintrc.json:2:33: invalid JSON: trailing comma";
    expect(published.diagnostics[0]).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 1,
      source: "reportlint",
      code: "config-error",
      message,
    });
    expect(published.diagnostics.slice(1).map(brief)).toEqual(ARITHMETIC_ZH);
    // The command line says the same, in the same words.
    expect(run(["report.md"], { cwd: dir })).toMatchObject({ code: 2, stderr: `reportlint: ${message}\n` });
    expect(await c.log((line) => line === `reportlint: ${message}`)).toBe(`reportlint: ${message}`);

    const symbols = await withTimeout(c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), "documentSymbol");
    expect(symbols).toHaveLength(6);

    // A second broken file: the error names it and the place inside it (a JSON pointer).
    writeIn(dir, ".reportlintrc.json", '{ "rules": { "arithmatic": "off" } }\n');
    const seen = c.published.length;
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriIn(dir, ".reportlintrc.json"), type: FileChangeType.Changed }] });
    const again = await c.diagnostics(uri, () => true, seen);
    expect(again.diagnostics[0]!.message).toBe('.reportlintrc.json: /rules/arithmatic: unknown rule "arithmatic"; did you mean "arithmetic"?');
  });

  it("lints a document the configuration's files patterns name, even when it is no report; others are left alone", async () => {
    const dir = artifactFolder("config-files", { "reportlint.config.json": '{ "files": ["drafts/**/*.md"] }\n', "drafts/2024/notes.md": README, "README.md": README });
    const c = await start();
    const notes = await open(c, uriIn(dir, "drafts/2024/notes.md"), README);
    expect(notes.diagnostics.map((d) => d.code)).toEqual([
      "required-tables",
      "required-tables",
      "required-tables",
      "required-sections",
      "required-sections",
      "required-sections",
      "required-sections",
      "required-sections",
      "required-sections",
    ]);
    expect(notes.diagnostics.map(brief)).toEqual(cliFindings(dir, "drafts/2024/notes.md"));
    const readme = await open(c, uriIn(dir, "README.md"), README);
    expect(readme.diagnostics).toEqual([]);
  });

  it("rejects a files entry that is not a pattern, naming the place", async () => {
    const dir = artifactFolder("config-files-bad", { "reportlint.config.json": '{ "files": "drafts/*.md" }\n', "r.md": CORRECT });
    const c = await start({ workspaceFolders: [folder(dir)] });
    const published = await open(c, uriIn(dir, "r.md"), CORRECT);
    expect(published.diagnostics.map(brief)).toEqual([["config-error", 0, 0, 1, "reportlint.config.json: /files: must be array"]]);
    expect(run(["r.md"], { cwd: dir }).stderr).toBe("reportlint: reportlint.config.json: /files: must be array\n");
  });
});

describe("settings in the language server", () => {
  it("asks workspace/configuration for the document; reportlint.locale en gives English messages over the configuration's zh", async () => {
    const dir = artifactFolder("settings-locale", { ".reportlintrc.json": '{ "locale": "zh" }\n', "report.md": WRONG });
    const uri = uriIn(dir, "report.md");
    const c = await start({ configuration: () => ({ locale: "en" }) });
    const published = await open(c, uri, WRONG);
    expect(c.configurationRequests).toContain(uri);
    expect(published.diagnostics.map((d) => d.message)).toEqual([
      "（七）总计·自然人 is 2930, but new plus carried in minus carried out is 2932 (R1: new plus carried in equals resolved plus carried out). Check the figures, or change it to 2932.",
      expect.stringMatching(/^（七）总计·自然人 is 2930, but .* is 2932 \(R3: /u),
      expect.stringMatching(/^（七）总计·总计 is 3050, but .* is 3048 \(R2: /u),
    ]);
    const [cli] = parseJsonOutput(run(["report.md", "--format", "json", "--locale", "en"], { cwd: dir }).stdout);
    expect(published.diagnostics.map((d) => d.message)).toEqual(cli!.messages.map((m) => m.message));
  });

  it("takes the locale from the configuration file when the setting is unset, and follows a settings change", async () => {
    const dir = artifactFolder("settings-change", { ".reportlintrc.json": '{ "locale": "en" }\n', "report.md": WRONG });
    const uri = uriIn(dir, "report.md");
    const c = await start({ configuration: () => ({ locale: null }) });
    const english = await open(c, uri, WRONG);
    expect(english.diagnostics[0]!.message).toMatch(/^（七）总计·自然人 is 2930/u);

    c.configuration = () => ({ locale: "zh" });
    const seen = c.published.length;
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const chinese = await c.diagnostics(uri, () => true, seen);
    expect(chinese.diagnostics.map(brief)).toEqual(ARITHMETIC_ZH);
  });

  it("with enable false clears the diagnostics and answers nothing; enabled again, lints again", async () => {
    const dir = artifactFolder("settings-enable", { "report.md": WRONG });
    const uri = uriIn(dir, "report.md");
    const c = await start({ configuration: () => ({ enable: true }), workspace: { didChangeConfiguration: { dynamicRegistration: true } } });
    expect((await open(c, uri, WRONG)).diagnostics).toHaveLength(3);
    expect(c.registrations.map((r) => r.method)).toContain(DidChangeConfigurationNotification.method);

    c.configuration = () => ({ enable: false });
    let seen = c.published.length;
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    expect(await c.diagnostics(uri, () => true, seen)).toEqual({ uri, diagnostics: [] });
    const position = { line: 76, character: 11 };
    expect(await withTimeout(c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), "hover")).toBeNull();
    expect(await withTimeout(c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), "documentSymbol")).toEqual([]);
    const range = { start: position, end: position };
    expect(await withTimeout(c.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } }), "codeAction")).toEqual([]);
    // An edit while disabled publishes nothing new but the cleared state.
    seen = c.published.length;
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: WRONG }] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(c.published.slice(seen).every((p) => p.diagnostics.length === 0)).toBe(true);

    c.configuration = () => ({ enable: true });
    seen = c.published.length;
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const again = await c.diagnostics(uri, () => true, seen);
    expect(again.version).toBe(2);
    expect(again.diagnostics.map(brief)).toEqual(ARITHMETIC_ZH);
  });

  it("with run onSave lints on open and on save, not on change", async () => {
    const dir = artifactFolder("settings-onsave", { "report.md": WRONG });
    const uri = uriIn(dir, "report.md");
    const c = await start({ configuration: () => ({ run: "onSave" }) });
    expect((await open(c, uri, WRONG)).diagnostics).toHaveLength(3);
    const seen = c.published.length;
    await c.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: CORRECT }] });
    await new Promise((resolve) => setTimeout(resolve, 300)); // six debounce periods
    expect(c.published.slice(seen)).toEqual([]);
    await c.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    expect(await c.diagnostics(uri, () => true, seen)).toEqual({ uri, version: 2, diagnostics: [] });
  });

  it("without workspace/configuration, takes the settings from initializationOptions and from didChangeConfiguration", async () => {
    const dir = artifactFolder("settings-init", { "report.md": WRONG });
    const uri = uriIn(dir, "report.md");
    const c = await start({}, { locale: "en" });
    expect((await open(c, uri, WRONG)).diagnostics[0]!.message).toMatch(/^（七）总计·自然人 is 2930/u);
    expect(c.configurationRequests).toEqual([]);
    const seen = c.published.length;
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { reportlint: { locale: "zh" } } });
    expect((await c.diagnostics(uri, () => true, seen)).diagnostics.map(brief)).toEqual(ARITHMETIC_ZH);
  });

  it("takes reportlint.profile over the configuration; an unknown one is a config-error naming the setting", async () => {
    const dir = artifactFolder("settings-profile", { "report.md": WRONG });
    const uri = uriIn(dir, "report.md");
    const c = await start({ configuration: () => ({ profile: "gov-annual-2019" }) });
    const forced = await open(c, uri, WRONG);
    const [cli] = parseJsonOutput(run(["report.md", "--format", "json", "--profile", "gov-annual-2019"], { cwd: dir }).stdout);
    expect(forced.diagnostics.map(brief)).toEqual(cli!.messages.map((m) => [m.ruleId, m.line - 1, m.column - 1, m.severity === 2 ? 1 : 2, m.message]));
    expect(forced.diagnostics.map(brief)).not.toEqual(ARITHMETIC_ZH);

    c.configuration = () => ({ profile: "gov-annual-2031" });
    const seen = c.published.length;
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const unknown = await c.diagnostics(uri, () => true, seen);
    expect(unknown.diagnostics.map(brief)).toEqual([
      ["config-error", 0, 0, 1, 'reportlint.profile: unknown profile "gov-annual-2031"; built-in profiles: gov-annual-2021, gov-annual-2019 (a profile file is given by its path, e.g. ./my-profile.json)'],
      ...ARITHMETIC_ZH,
    ]);
  });
});

describe("multi-root workspaces", () => {
  it("lints each folder's documents with that folder's configuration and settings", async () => {
    const a = artifactFolder("multi-root-a", { "reportlint.config.json": '{ "rules": { "arithmetic": "off" } }\n', "report.md": WRONG });
    const b = artifactFolder("multi-root-b", { "reportlint.config.json": '{ "locale": "en", "rules": { "arithmetic": "warn" } }\n', "report.md": WRONG });
    const bUri = pathToFileURL(b).href;
    // Folder b's settings say zh over its configuration's en; folder a has none.
    const c = await start({ workspaceFolders: [folder(a), folder(b)], configuration: (scope) => (scope?.startsWith(`${bUri}/`) ? { locale: "zh" } : {}) });
    expect((await open(c, uriIn(a, "report.md"), WRONG)).diagnostics).toEqual([]);
    const inB = await open(c, uriIn(b, "report.md"), WRONG);
    expect(inB.diagnostics.map(brief)).toEqual(ARITHMETIC_ZH.map(([code, line, character, , message]) => [code, line, character, 2, message]));
  });
});
