import * as vscode from "vscode";
import { ExecuteCommandRequest, type LanguageClient } from "vscode-languageclient/node";
import { createReport } from "./create-report.ts";
import { readLintSummary } from "./lint-summary.ts";

const { t } = vscode.l10n;

/**
 * The extension's commands. The two that lint call the server's commands by request: the client has
 * already registered the server's own ids (reportlint.server.*) from its executeCommandProvider.
 */
export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand("reportlint.newReport", createReport),
    vscode.commands.registerCommand("reportlint.lintWorkspace", () => lintWorkspace(client())),
    vscode.commands.registerCommand("reportlint.fixAll", () => fixAll(client())),
  );
}

/** The running client, or undefined after telling the user that the server is not running. */
function running(client: LanguageClient | undefined): LanguageClient | undefined {
  if (client?.isRunning()) return client;
  void vscode.window.showErrorMessage(t("The reportlint language server is not running. See Output › reportlint."));
  return undefined;
}

async function lintWorkspace(client: LanguageClient | undefined): Promise<void> {
  const server = running(client);
  if (!server) return;
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t("reportlint: checking the workspace…") }, () =>
    serverCommand(server, "reportlint.server.lintWorkspace"),
  );
  if (result === FAILED) return;
  const summary = readLintSummary(result);
  if (!summary) {
    void vscode.window.showErrorMessage(t("reportlint: the language server gave no summary of the workspace."));
    return;
  }
  const { files, reports, errors, warnings } = summary;
  void vscode.window.showInformationMessage(
    reports === 0
      ? t("reportlint: no report among the {0} files of the workspace.", files)
      : t("reportlint: {0} reports among {1} files: {2} errors, {3} warnings.", reports, files, errors, warnings),
  );
  await vscode.commands.executeCommand("workbench.actions.view.problems");
}

async function fixAll(client: LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(t("reportlint: open a report to fix."));
    return;
  }
  const server = running(client);
  if (!server) return;
  const result = await serverCommand(server, "reportlint.server.fixAll", { uri: editor.document.uri.toString() });
  if (result !== FAILED && !applied(result)) void vscode.window.showInformationMessage(t("reportlint: nothing to fix automatically in this document."));
}

/** The server answers { applied } to fixAll: false when the document is not a report or has nothing to fix. */
function applied(result: unknown): boolean {
  return typeof result === "object" && result !== null && (result as { applied?: unknown }).applied === true;
}

const FAILED = Symbol("failed");

/** Runs a command of the server; a failure is an error message, and FAILED. */
async function serverCommand(server: LanguageClient, command: string, ...args: unknown[]): Promise<unknown> {
  try {
    return await server.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  } catch (error) {
    void vscode.window.showErrorMessage(t("reportlint: {0} failed: {1}", command, error instanceof Error ? error.message : String(error)));
    return FAILED;
  }
}
