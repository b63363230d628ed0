import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";

export const ROOT = join(import.meta.dirname, "..", "..");
export const SERVER = join(ROOT, "packages", "language-server", "dist", "server.js");

export const uriOf = (name: string): string => pathToFileURL(join(ROOT, "test-artifacts", "lsp", name)).href;

/** A real LSP client talking JSON-RPC to the built server over its stdio. */
export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly stderr: string[] = [];
  private waiters: (() => void)[] = [];

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async start(initializationOptions: Record<string, unknown> = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    child.stderr!.on("data", (chunk: Buffer) => client.stderr.push(chunk.toString()));
    connection.listen();
    try {
      const params = {
        processId: process.pid,
        rootUri: pathToFileURL(ROOT).href,
        capabilities: { workspace: { workspaceEdit: { documentChanges: true } } },
        initializationOptions,
      };
      await withTimeout(connection.sendRequest(InitializeRequest.type, params), "initialize");
      await connection.sendNotification("initialized", {});
    } catch (error) {
      await client.stop();
      throw error;
    }
    return client;
  }

  /** The first diagnostics published for `uri` (after `from` earlier ones) that satisfy `accept`. */
  async diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, from = 0, timeoutMs = 5_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.slice(from).find((p) => p.uri === uri && accept(p));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.published.map((p) => [p.uri, p.version, p.diagnostics.length]))}`);
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
