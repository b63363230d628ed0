import * as vscode from "vscode";
import { LanguageClient, TransportKind } from "vscode-languageclient/node";
import { DOCUMENT_SELECTOR, initializationOptions } from "./settings.ts";

/**
 * The client of the bundled server. The server is forked over IPC with the editor's own Node (Electron's
 * in VS Code, Node in code-server), so users install nothing besides the extension.
 */
export function createClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const settings = vscode.workspace.getConfiguration("reportlint");
  return new LanguageClient(
    "reportlint",
    "reportlint",
    { module: context.asAbsolutePath("dist/server.js"), transport: TransportKind.ipc },
    {
      documentSelector: DOCUMENT_SELECTOR,
      initializationOptions: initializationOptions((key) => settings.get(key)),
      outputChannel,
      // No `synchronize`: the server registers for changes of the "reportlint" settings and of the
      // configuration files itself (dynamic registration), and pulls the settings it needs.
    },
  );
}
