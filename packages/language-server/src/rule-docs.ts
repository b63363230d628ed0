import { ruleDocsUrl } from "@reportlint/core";
import { CodeActionKind, type CodeAction, type Diagnostic } from "vscode-languageserver/node";
import { OPEN_RULE_DOCS_COMMAND } from "./commands.ts";

/** "Show the documentation of <rule>" for a diagnostic of a rule that has a page. */
export function openDocsAction(ruleId: string, diagnostic: Diagnostic, en: boolean): CodeAction | undefined {
  const url = ruleDocsUrl(ruleId);
  if (!url) return undefined;
  const title = en ? `Show documentation for ${ruleId}` : `查看规则 ${ruleId} 的说明`;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: OPEN_RULE_DOCS_COMMAND, arguments: [{ url }] } };
}

/**
 * The page the command's argument names: `{ url }` as the action sends it, or a rule id (from a
 * keybinding or another extension). Only a web address: the client opens it outside the editor.
 */
export function docsUrlOf(argument: unknown): string | undefined {
  if (typeof argument === "string") return ruleDocsUrl(argument);
  const url = typeof argument === "object" && argument !== null ? (argument as { url?: unknown }).url : undefined;
  return typeof url === "string" && /^https?:\/\//u.test(url) ? url : undefined;
}

export interface DocsOpener {
  /** window/showDocument, when the client supports it: true when the client opened the page. */
  showDocument?: (uri: string) => Promise<boolean>;
  log(text: string): void;
}

/**
 * Runs reportlint.server.openRuleDocs: asks the client to open the page in the browser, or, with a
 * client that cannot show documents (or would not), logs the address for the user to open.
 */
export async function openRuleDocs(argument: unknown, opener: DocsOpener): Promise<void> {
  const url = docsUrlOf(argument);
  if (!url) {
    opener.log(`reportlint: ${OPEN_RULE_DOCS_COMMAND}: no rule documentation for ${JSON.stringify(argument)}`);
    return;
  }
  if (opener.showDocument && (await opener.showDocument(url))) return;
  opener.log(`reportlint: rule documentation: ${url}`);
}
