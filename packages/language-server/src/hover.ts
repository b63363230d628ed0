import { explainCell, formatNumber, type BoundBlock, type BoundCell, type CellRelation, type LabelRef, type LintMessage, type SourceRange } from "@reportlint/core";
import type { Hover } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis } from "./analysis.ts";

const contains = (range: SourceRange, offset: number): boolean => range.start <= offset && offset < Math.max(range.end, range.start + 1);

/** A label the binder matched, and what it is in the template: `T3 · 行 resolved`. */
interface TemplateLabel {
  range: SourceRange;
  /** The template's label, shown when the document writes another one. */
  expected?: string;
  identity: string;
}

/**
 * What the binder knows of the spot under the cursor, and nothing it does not:
 * - a bound table cell: its template row and column, the value read, the relations it takes part
 *   in (computed value against written one, from the core's one evaluator) and the findings on it;
 * - a section heading, caption, column header or row label the binder matched: which part of the
 *   template it is and, when the document writes a variant, the template's label for it.
 */
export function hover(document: TextDocument, analysis: Analysis, offset: number, en: boolean): Hover | null {
  if (!analysis.isReport) return null;
  const { report } = analysis;

  for (const heading of report.sectionHeadings) {
    if (heading.def && contains(heading.block.range, offset)) {
      const identity = `${en ? "section" : "部分"} \`${heading.def.key}\``;
      return labelHover(document, { range: heading.block.range, ...(heading.match === "exact" ? {} : { expected: heading.def.title }), identity }, en);
    }
  }
  for (const table of report.tables) {
    const id = table.def.def.id;
    for (const block of table.blocks) {
      for (const label of blockLabels(block, id, en)) {
        if (contains(label.range, offset)) return labelHover(document, label, en);
      }
      for (const row of block.rows) {
        for (const cell of row.cells.values()) {
          if (!contains(cell.cell.range, offset)) continue;
          const title = table.def.def.title[en ? "en" : "zh"];
          const rowLabel = row.def.label ?? row.label?.expected ?? row.def.key;
          const column = block.columns.find((c) => c.def.key === cell.columnKey);
          const columnLabel = column?.def.label ?? cell.columnKey;
          const lines = [`**${title}** · ${rowLabel} · ${columnLabel}`, "", `${en ? "Value" : "数值"}: ${describe(cell, en)}`];
          const relations = explainCell(report, cell);
          if (relations.length > 0) lines.push("", en ? "Relations:" : "勾稽关系：", ...relations.map((r) => `- ${relationLine(r, en)}`));
          const findings = messagesAt(document, analysis.messages, cell.cell.range);
          if (findings.length > 0) lines.push("", ...findings.map((m) => `- ${m.message} (${m.ruleId ?? m.messageId})`));
          return at(document, cell.cell.contentRange, lines.join("\n"));
        }
      }
    }
  }
  return null;
}

/** The labels of a table block with their template identity: caption, column headers, row labels, group labels. */
function blockLabels(block: BoundBlock, table: string, en: boolean): TemplateLabel[] {
  const of = (label: LabelRef | undefined, kind: { zh: string; en: string }, key: string): TemplateLabel[] =>
    label ? [{ range: label.range, ...(label.level === "exact" ? {} : { expected: label.expected }), identity: `${table} · ${en ? kind.en : kind.zh} \`${key}\`` }] : [];
  return [
    ...of(block.caption, { zh: "块", en: "block" }, block.def.def.key),
    ...block.columns.flatMap((c) => of(c.header, { zh: "列", en: "column" }, c.def.key)),
    ...block.rows.flatMap((r) => of(r.label, { zh: "行", en: "row" }, r.def.key)),
    // A group label carries no row of its own: its key is the template row whose label it matched.
    ...block.groupLabels.flatMap((g) => of(g, { zh: "行", en: "row" }, block.def.rows.find((r) => r.label === g.expected)?.key ?? g.expected)),
  ];
}

function labelHover(document: TextDocument, label: TemplateLabel, en: boolean): Hover {
  const identity = `${en ? "Template: " : "模板："}${label.identity}`;
  return at(document, label.range, label.expected === undefined ? identity : `${expectedLabel(label.expected, en)}\n\n${identity}`);
}

function expectedLabel(label: string, en: boolean): string {
  return en ? `Template label: **${label}**` : `模板标签：**${label}**`;
}

const SYMBOL: Record<CellRelation["op"], string> = { "==": "=", ">=": "≥", "<=": "≤", ">": ">", "<": "<" };

/**
 * One relation the cell takes part in: `R3 （七）总计等于各项办理结果之和：计算 2932，填写 2930 ✗`. When
 * the cell is an operand, the written value is another cell's, so that cell is named.
 */
function relationLine(r: CellRelation, en: boolean): string {
  const computed = formatNumber(r.computed);
  const written = r.target.value.kind === "blank" ? (en ? "blank (0)" : "空白（按 0 计）") : formatNumber(r.written);
  const values =
    r.op === "=="
      ? en
        ? `computed ${computed}, written ${written}`
        : `计算 ${computed}，填写 ${written}`
      : en
        ? `written ${written}, should be ${SYMBOL[r.op]} computed ${computed}`
        : `填写 ${written}，应 ${SYMBOL[r.op]} 计算 ${computed}`;
  const where = r.role === "operand" ? `${r.targetName} ` : "";
  return `${r.id} ${r.name[en ? "en" : "zh"]}${en ? ": " : "："}${where}${values} ${r.holds ? "✓" : "✗"}`;
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
