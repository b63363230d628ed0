import type { LintMessage } from "@reportlint/core";
import { DiagnosticSeverity, type Diagnostic, type Range } from "vscode-languageserver/node";

export const SOURCE = "reportlint";

/** The core's 1-based line and column (UTF-16 units, as LSP counts) as a 0-based LSP range. */
export function messageRange(m: LintMessage): Range {
  return {
    start: { line: Math.max(0, m.line - 1), character: Math.max(0, m.column - 1) },
    end: { line: Math.max(0, m.endLine - 1), character: Math.max(0, m.endColumn - 1) },
  };
}

/** One core message as an LSP diagnostic: the rule id is the code (the core's message id when no rule reported it). */
export function toDiagnostic(m: LintMessage): Diagnostic {
  return {
    range: messageRange(m),
    severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: m.ruleId ?? m.messageId,
    message: m.message,
  };
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
