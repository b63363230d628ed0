// The VS Code extension: starts the bundled language server and adds three commands. Every finding,
// fix and message comes from the server; nothing here parses a report or checks a rule.
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { createClient } from "./client.ts";
import { registerCommands } from "./commands.ts";

let client: LanguageClient | undefined;

/** Never throws: a server that cannot start is an error message, and the commands then say it is not running. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("reportlint", { log: true });
  context.subscriptions.push(output);
  registerCommands(context, () => client);
  try {
    client = createClient(context, output);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    output.error(`the language client could not be created: ${reason}`);
    void vscode.window.showErrorMessage(vscode.l10n.t("The reportlint language server did not start: {0}", reason));
    return;
  }
  try {
    await client.start();
  } catch {
    // Already reported by the client: logged here and shown as an error message that opens this channel.
  }
}

export function deactivate(): Thenable<void> | undefined {
  // stop() throws on a client that never got running.
  return client?.isRunning() ? client.stop() : undefined;
}
