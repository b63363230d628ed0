import { SymbolKind, type DocumentSymbol, type Range } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis } from "./analysis.ts";

/**
 * The outline: each section whose heading the binder found, in document order, with the template
 * tables bound under it as children.
 */
export function documentSymbols(document: TextDocument, analysis: Analysis, en: boolean): DocumentSymbol[] {
  if (!analysis.isReport) return [];
  const range = (start: number, end: number): Range => ({ start: document.positionAt(start), end: document.positionAt(end) });
  const sections = analysis.report.sections.filter((s) => s.heading).sort((a, b) => a.heading!.block.range.start - b.heading!.block.range.start);
  return sections.map((section) => {
    const heading = section.heading!.block.range;
    const children: DocumentSymbol[] = [];
    let end = Math.max(heading.end, section.range?.end ?? heading.end);
    for (const table of analysis.report.tables) {
      if (table.sectionKey !== section.def.key) continue;
      for (const source of table.sources) {
        end = Math.max(end, source.range.end);
        children.push({
          name: table.def.def.title[en ? "en" : "zh"],
          kind: SymbolKind.Struct,
          range: range(source.range.start, source.range.end),
          selectionRange: range(source.range.start, source.rows[0]?.range.end ?? source.range.end),
        });
      }
    }
    children.sort((a, b) => a.range.start.line - b.range.start.line);
    return {
      name: section.heading!.title,
      ...(section.heading!.title === section.def.title ? {} : { detail: section.def.title }),
      kind: SymbolKind.Namespace,
      range: range(heading.start, end),
      selectionRange: range(heading.start, heading.end),
      children,
    };
  });
}
