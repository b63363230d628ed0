import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  DocumentDiagnosticRequest,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type DocumentDiagnosticReport,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ServerCapabilities,
  type ShowDocumentParams,
  type TextDocumentClientCapabilities,
  type WindowClientCapabilities,
  type WorkspaceClientCapabilities,
  type WorkspaceFolder,
} from "vscode-languageserver-protocol/node";

export const ROOT = join(import.meta.dirname, "..", "..");
export const SERVER = join(ROOT, "packages", "language-server", "dist", "server.js");

export const uriOf = (name: string): string => pathToFileURL(join(ROOT, "test-artifacts", "lsp", name)).href;

/** A fresh directory test-artifacts/lsp/<name> holding `files` (relative path → content); its path. */
export function artifactFolder(name: string, files: Record<string, string | Uint8Array> = {}): string {
  const dir = join(ROOT, "test-artifacts", "lsp", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) writeIn(dir, path, content);
  return dir;
}

/** Writes a file under `dir`, making its directories; its path. */
export function writeIn(dir: string, path: string, content: string | Uint8Array): string {
  const full = join(dir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

/** How a test client presents itself beyond the defaults (versioned workspace edits, the repository as root). */
export interface ClientOptions {
  /** Workspace capabilities over the default ones. */
  workspace?: WorkspaceClientCapabilities;
  workspaceFolders?: WorkspaceFolder[];
  /**
   * Answers workspace/configuration with the `reportlint` section for a scope URI; given, the client
   * announces the capability. Reassign `client.configuration` to change the settings.
   */
  configuration?: (scopeUri: string | undefined) => unknown;
  /** Text document capabilities (none by default): `{ diagnostic: {} }` makes the client pull diagnostics. */
  textDocument?: TextDocumentClientCapabilities;
  /** Window capabilities (none by default): `{ showDocument: { support: true } }` lets the server open pages. */
  window?: WindowClientCapabilities;
}

/** A real LSP client talking JSON-RPC to the built server over its stdio. */
export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly stderr: string[] = [];
  /** What the server logged through window/logMessage. */
  readonly logs: string[] = [];
  /** The capabilities the server registered (client/registerCapability). */
  readonly registrations: Registration[] = [];
  /** The edits the server asked the client to apply (workspace/applyEdit); each is answered as applied. */
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  /** Every workspace/configuration item the server asked for. */
  readonly configurationRequests: (string | undefined)[] = [];
  /** The documents the server asked the client to show (window/showDocument); each is answered as shown. */
  readonly shownDocuments: ShowDocumentParams[] = [];
  /** How many times the server asked the client to pull diagnostics again (workspace/diagnostic/refresh). */
  refreshes = 0;
  /** What the server announced in its initialize result. */
  serverCapabilities: ServerCapabilities = {};
  configuration: ((scopeUri: string | undefined) => unknown) | undefined;
  private waiters: (() => void)[] = [];

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.wake();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
      this.wake();
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params);
      return { applied: true };
    });
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      this.wake();
      return { success: true };
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      this.wake();
    });
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        this.configurationRequests.push(item.scopeUri);
        return item.section === "reportlint" ? (this.configuration?.(item.scopeUri) ?? null) : null;
      }),
    );
  }

  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  static async start(initializationOptions: Record<string, unknown> = {}, options: ClientOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    client.configuration = options.configuration;
    child.stderr!.on("data", (chunk: Buffer) => client.stderr.push(chunk.toString()));
    connection.listen();
    try {
      const params = {
        processId: process.pid,
        rootUri: pathToFileURL(ROOT).href,
        capabilities: {
          workspace: { workspaceEdit: { documentChanges: true }, ...(options.configuration ? { configuration: true } : {}), ...options.workspace },
          ...(options.textDocument ? { textDocument: options.textDocument } : {}),
          ...(options.window ? { window: options.window } : {}),
        },
        initializationOptions,
        ...(options.workspaceFolders ? { workspaceFolders: options.workspaceFolders } : {}),
      };
      client.serverCapabilities = (await withTimeout(connection.sendRequest(InitializeRequest.type, params), "initialize")).capabilities;
      await connection.sendNotification("initialized", {});
    } catch (error) {
      await client.stop();
      throw error;
    }
    return client;
  }

  /** The first diagnostics published for `uri` (after `from` earlier ones) that satisfy `accept`. */
  async diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, from = 0, timeoutMs = 5_000): Promise<PublishDiagnosticsParams> {
    return this.until(
      () => this.published.slice(from).find((p) => p.uri === uri && accept(p)),
      () => `no diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.published.map((p) => [p.uri, p.version, p.diagnostics.length]))}`,
      timeoutMs,
    );
  }

  /** Pulls a document's diagnostics (textDocument/diagnostic), as a client that declared the capability does. */
  async pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    const params = { textDocument: { uri }, ...(previousResultId === undefined ? {} : { previousResultId }) };
    return withTimeout(this.connection.sendRequest(DocumentDiagnosticRequest.type, params), "textDocument/diagnostic");
  }

  /** Waits until `check` holds, checking again whenever the server sends something. */
  async waitFor(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
    await this.until(() => (check() ? true : undefined), () => `${what}: not within ${timeoutMs} ms`, timeoutMs);
  }

  /** The first line the server logged (after `from` earlier ones) that satisfies `accept`. */
  async log(accept: (line: string) => boolean, from = 0, timeoutMs = 5_000): Promise<string> {
    return this.until(
      () => this.logs.slice(from).find(accept),
      () => `no such log line within ${timeoutMs} ms; got ${JSON.stringify(this.logs)}`,
      timeoutMs,
    );
  }

  /** Waits for `find` to find something, checking again whenever the server sends a notification. */
  private async until<T>(find: () => T | undefined, failure: () => string, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(failure());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Shuts the server down politely, and kills it whatever happens. */
  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest("shutdown"), "shutdown", 2_000);
      await this.connection.sendNotification("exit");
    } catch {
      // killed below
    } finally {
      this.connection.dispose();
      if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
    }
  }
}

export function withTimeout<T>(promise: Promise<T>, what: string, ms = 5_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
