import type { BoundCell, LabelRef, LintMessage, SourceRange } from "@reportlint/core";
import type { Hover } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis } from "./analysis.ts";

const contains = (range: SourceRange, offset: number): boolean => range.start <= offset && offset < Math.max(range.end, range.start + 1);

/**
 * What the binder knows of the spot under the cursor, and nothing it does not:
 * - a bound table cell: its template row and column, the value read, and the findings on the cell;
 * - a row label, column header, caption or section heading the binder matched as a variant: the
 *   template's label for it.
 */
export function hover(document: TextDocument, analysis: Analysis, offset: number, en: boolean): Hover | null {
  if (!analysis.isReport) return null;
  const { report } = analysis;

  for (const heading of report.sectionHeadings) {
    if (heading.def && heading.match === "variant" && contains(heading.block.range, offset)) {
      return at(document, heading.block.range, expectedLabel(heading.def.title, en));
    }
  }
  for (const table of report.tables) {
    for (const block of table.blocks) {
      const labels: (LabelRef | undefined)[] = [block.caption, ...block.columns.map((c) => c.header), ...block.rows.map((r) => r.label), ...block.groupLabels];
      for (const label of labels) {
        if (label && label.level === "variant" && contains(label.range, offset)) return at(document, label.range, expectedLabel(label.expected, en));
      }
      for (const row of block.rows) {
        for (const cell of row.cells.values()) {
          if (!contains(cell.cell.range, offset)) continue;
          const title = table.def.def.title[en ? "en" : "zh"];
          const rowLabel = row.def.label ?? row.label?.expected ?? row.def.key;
          const column = block.columns.find((c) => c.def.key === cell.columnKey);
          const columnLabel = column?.def.label ?? cell.columnKey;
          const lines = [`**${title}** · ${rowLabel} · ${columnLabel}`, "", `${en ? "Value" : "数值"}: ${describe(cell, en)}`];
          const findings = messagesAt(document, analysis.messages, cell.cell.range);
          if (findings.length > 0) lines.push("", ...findings.map((m) => `- ${m.message} (${m.ruleId ?? m.messageId})`));
          return at(document, cell.cell.contentRange, lines.join("\n"));
        }
      }
    }
  }
  return null;
}

function expectedLabel(label: string, en: boolean): string {
  return en ? `Template label: **${label}**` : `模板标签：**${label}**`;
}

function describe(cell: BoundCell, en: boolean): string {
  const v = cell.value;
  if (v.kind === "number") return `${v.value}${v.unit ?? ""}`;
  if (v.kind === "blank") return en ? `blank (${v.marker || "empty"}), counted as 0` : `空白（${v.marker || "空"}），按 0 计`;
  return en ? `text "${v.text}"` : `文字“${v.text}”`;
}

/** The findings whose range overlaps the cell. */
function messagesAt(document: TextDocument, messages: LintMessage[], range: SourceRange): LintMessage[] {
  return messages.filter((m) => {
    const start = document.offsetAt({ line: m.line - 1, character: m.column - 1 });
    const end = document.offsetAt({ line: m.endLine - 1, character: m.endColumn - 1 });
    return start < range.end && Math.max(end, start + 1) > range.start;
  });
}

function at(document: TextDocument, range: SourceRange, markdown: string): Hover {
  return { contents: { kind: "markdown", value: markdown }, range: { start: document.positionAt(range.start), end: document.positionAt(range.end) } };
}
