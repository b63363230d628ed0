import { createHash } from "node:crypto";
import { DocumentDiagnosticReportKind, type ClientCapabilities, type Diagnostic, type DiagnosticOptions, type DocumentDiagnosticReport } from "vscode-languageserver/node";

/**
 * Whether the client asks for diagnostics (textDocument/diagnostic, LSP 3.17) instead of waiting
 * for them to be published. Such a client decides when to ask, so the server neither debounces nor
 * pushes for it.
 */
export function clientPulls(capabilities: ClientCapabilities): boolean {
  return capabilities.textDocument?.diagnostic !== undefined;
}

/** A document's diagnostics depend on that document alone, and there is no workspace-wide pull. */
export const DIAGNOSTIC_PROVIDER: DiagnosticOptions = { interFileDependencies: false, workspaceDiagnostics: false };

/**
 * The answer to textDocument/diagnostic. The result id is the document version and a fingerprint of
 * the diagnostics: the version alone would not change when a configuration file or a setting does,
 * and the client would keep diagnostics linted under the old configuration.
 */
export function diagnosticReport(version: number, items: Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
  const resultId = `${version}:${createHash("sha1").update(JSON.stringify(items)).digest("base64url").slice(0, 12)}`;
  if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
}
