import { ruleDocsUrl, type LintMessage } from "@reportlint/core";
import { DiagnosticSeverity, type Diagnostic, type Range } from "vscode-languageserver/node";
import type { Analysis } from "./analysis.ts";

export const SOURCE = "reportlint";

/** The core's 1-based line and column (UTF-16 units, as LSP counts) as a 0-based LSP range. */
export function messageRange(m: LintMessage): Range {
  return {
    start: { line: Math.max(0, m.line - 1), character: Math.max(0, m.column - 1) },
    end: { line: Math.max(0, m.endLine - 1), character: Math.max(0, m.endColumn - 1) },
  };
}

/**
 * One core message as an LSP diagnostic: the rule id is the code (the core's message id when no rule
 * reported it), and a rule's code links to the rule's page (codeDescription, which editors show as a link).
 */
export function toDiagnostic(m: LintMessage): Diagnostic {
  const href = m.ruleId ? ruleDocsUrl(m.ruleId) : undefined;
  return {
    range: messageRange(m),
    severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: m.ruleId ?? m.messageId,
    ...(href ? { codeDescription: { href } } : {}),
    message: m.message,
  };
}

/** The code of the diagnostic that says the configuration (or the profile setting) governing a document is broken. */
export const CONFIG_ERROR = "config-error";

/** A broken configuration, at the top of the document: the message names the file and the place. */
export function configDiagnostic(problem: string): Diagnostic {
  const top = { line: 0, character: 0 };
  return { range: { start: top, end: top }, severity: DiagnosticSeverity.Error, source: SOURCE, code: CONFIG_ERROR, message: problem };
}

/** Everything shown on a document: its configuration problems, then the core's findings when it is a report. */
export function diagnosticsOf(analysis: Pick<Analysis, "context" | "isReport" | "messages">, toLsp: (m: LintMessage) => Diagnostic = toDiagnostic): Diagnostic[] {
  return [...analysis.context.problems.map(configDiagnostic), ...(analysis.isReport ? analysis.messages.map(toLsp) : [])];
}

/** Whether an editor's diagnostic (as sent back in a code action request) is this message's. */
export function sameDiagnostic(d: Diagnostic, m: LintMessage): boolean {
  const r = messageRange(m);
  return (
    d.source === SOURCE &&
    d.code === (m.ruleId ?? m.messageId) &&
    d.message === m.message &&
    d.range.start.line === r.start.line &&
    d.range.start.character === r.start.character &&
    d.range.end.line === r.end.line &&
    d.range.end.character === r.end.character
  );
}
