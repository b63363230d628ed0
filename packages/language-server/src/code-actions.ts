import { lintAndFix, type Fix, type LintMessage } from "@reportlint/core";
import { CodeActionKind, TextDocumentEdit, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis } from "./analysis.ts";
import { sameDiagnostic } from "./diagnostics.ts";
import { openDocsAction } from "./rule-docs.ts";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.reportlint`;

export interface EditOptions {
  /** The client applies versioned `documentChanges`: edits are stamped with the document version. */
  documentChanges: boolean;
}

/** A core fix (string offsets) as an LSP text edit on the document. */
export function toTextEdit(document: TextDocument, fix: Fix): TextEdit {
  return { range: { start: document.positionAt(fix.range[0]), end: document.positionAt(fix.range[1]) }, newText: fix.text };
}

function workspaceEdit(document: TextDocument, edits: TextEdit[], options: EditOptions): WorkspaceEdit {
  return options.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] }
    : { changes: { [document.uri]: edits } };
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/**
 * Quick fixes for the diagnostics the editor sends back (each fix and each suggestion, then "disable
 * for this line" and "show the rule's documentation"), and "fix all safe problems"
 * (source.fixAll.reportlint) from the core's lintAndFix.
 */
export function codeActions(document: TextDocument, analysis: Analysis, params: CodeActionParams, options: EditOptions): CodeAction[] {
  const only = params.context.only;
  const en = analysis.options.locale === "en";
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const message = analysis.messages.find((m) => sameDiagnostic(diagnostic, m));
      if (!message) continue;
      actions.push(...quickFixes(document, analysis, message, diagnostic, options, en));
    }
  }
  const merged = mergeSameActions(actions);
  const fixAll = wants(only, FIX_ALL_KIND) ? fixAllEdit(document, analysis, options) : undefined;
  if (fixAll) merged.push({ title: fixAllTitle(en), kind: FIX_ALL_KIND, edit: fixAll });
  return merged;
}

/**
 * One action per distinct change: two findings on one cell (R1 and R3 on a （七）总计) propose the
 * same total, the same disable comment and the same docs page, and a menu listing each twice is
 * noise. The merged action keeps every diagnostic it resolves.
 */
function mergeSameActions(actions: CodeAction[]): CodeAction[] {
  const byChange = new Map<string, CodeAction>();
  for (const action of actions) {
    const key = JSON.stringify([action.title, action.kind, action.edit, action.command]);
    const seen = byChange.get(key);
    if (seen) seen.diagnostics = [...(seen.diagnostics ?? []), ...(action.diagnostics ?? [])];
    else byChange.set(key, { ...action });
  }
  return [...byChange.values()];
}

export function fixAllTitle(en: boolean): string {
  return en ? "Fix all safe reportlint problems" : "修复所有可安全修复的 reportlint 问题";
}

/**
 * Every safe fix of a report at once, from the core's lintAndFix with the options it was linted
 * with, as one edit of the whole text; undefined when nothing is fixable. Shared by the
 * source.fixAll.reportlint action and the reportlint.server.fixAll command.
 */
export function fixAllEdit(document: TextDocument, analysis: Analysis, options: EditOptions): WorkspaceEdit | undefined {
  if (!analysis.isReport || !analysis.messages.some((m) => m.fix)) return undefined;
  const fixed = lintAndFix(document.getText(), analysis.options);
  if (!fixed.fixed) return undefined;
  const whole = { start: document.positionAt(0), end: document.positionAt(document.getText().length) };
  return workspaceEdit(document, [{ range: whole, newText: fixed.output }], options);
}

function quickFixes(document: TextDocument, analysis: Analysis, message: LintMessage, diagnostic: Diagnostic, options: EditOptions, en: boolean): CodeAction[] {
  const out: CodeAction[] = [];
  const fixes: { title: string; fix: Fix }[] = [];
  if (message.fix) fixes.push({ title: en ? `Fix: ${message.message}` : `修复：${message.message}`, fix: message.fix });
  for (const s of message.suggestions ?? []) fixes.push({ title: s.desc, fix: s.fix });
  for (const { title, fix } of fixes) {
    out.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: fixes.length === 1,
      edit: workspaceEdit(document, [toTextEdit(document, fix)], options),
    });
  }
  const disable = disableAction(document, analysis, message, diagnostic, options, en);
  if (disable) out.push(disable);
  const docs = message.ruleId ? openDocsAction(message.ruleId, diagnostic, en) : undefined;
  if (docs) out.push(docs);
  return out;
}

/**
 * "Disable <rule> for this line": a `reportlint-disable-next-line` comment on its own line above the
 * finding (Markdown and HTML, where comments are directives). Inside a Markdown table a comment line
 * would cut the table in two, so there the rule is disabled around the whole table instead.
 */
function disableAction(document: TextDocument, analysis: Analysis, message: LintMessage, diagnostic: Diagnostic, options: EditOptions, en: boolean): CodeAction | undefined {
  const rule = message.ruleId;
  if (!rule || message.fatal || (analysis.format !== "markdown" && analysis.format !== "html")) return undefined;
  const line = diagnostic.range.start.line;
  const lineStart = document.offsetAt({ line, character: 0 });
  const indent = /^[ \t]*/u.exec(document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))?.[0] ?? "";
  const reason = en ? "reason" : "原因";
  const eol = document.getText().includes("\r\n") ? "\r\n" : "\n";
  if (analysis.format === "markdown") {
    const table = analysis.doc.blocks.find((b) => b.kind === "table" && b.range.start < lineStart && lineStart < b.range.end);
    if (table) {
      const start = document.positionAt(table.range.start);
      const end = document.positionAt(table.range.end);
      const before = { start: { line: start.line, character: 0 }, end: { line: start.line, character: 0 } };
      return {
        title: en ? `Disable ${rule} for this table` : `在此表格中停用 ${rule}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(
          document,
          [
            { range: before, newText: `<!-- reportlint-disable ${rule} -- ${reason} -->${eol}${eol}` },
            { range: { start: end, end }, newText: `${eol}${eol}<!-- reportlint-enable ${rule} -->` },
          ],
          options,
        ),
      };
    }
  }
  const at = { line, character: 0 };
  return {
    title: en ? `Disable ${rule} for this line` : `在此行停用 ${rule}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, [{ range: { start: at, end: at }, newText: `${indent}<!-- reportlint-disable-next-line ${rule} -- ${reason} -->${eol}` }], options),
  };
}
