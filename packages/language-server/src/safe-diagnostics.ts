import { internalError, type Locale } from "@reportlint/core";
import type { Diagnostic } from "vscode-languageserver/node";
import { toDiagnostic } from "./diagnostics.ts";

/**
 * Runs the analysis of one document into diagnostics so that a failure inside reportlint (a parser
 * that overflows its stack on a document nested thousands deep, a bug in a rule) is shown on the
 * document as the core's one `internal-error` finding, at its start, asking to report it, and is
 * logged with its stack; the server goes on answering for every document.
 */
export function safeDiagnostics(run: () => Diagnostic[] | undefined, locale: Locale, log: (text: string) => void): Diagnostic[] | undefined {
  try {
    return run();
  } catch (error) {
    log(`reportlint: linting failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return [toDiagnostic(internalError("analysis", error, locale))];
  }
}
