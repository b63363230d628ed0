import type { BoundReport, BoundSection, SectionHeading } from "../../bind/types.ts";
import type { HeadingBlock, ParagraphBlock, SourceRange } from "../../model/document.ts";
import { sourceRange } from "../../text/text-content.ts";

/** The whole heading (markers included): where section findings sit. */
export function headingRange(heading: SectionHeading): SourceRange {
  return { start: heading.block.range.start, end: heading.block.range.end };
}

/** Source range of the heading's text without its `#` markers or surrounding blanks. */
export function headingTextRange(block: HeadingBlock | ParagraphBlock): SourceRange {
  const { text } = block.content;
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return { start: block.range.end, end: block.range.end };
  return sourceRange(block.content, start, end);
}

/** The depth the section headings use (they share one: the binder keeps one level), 2 by default. */
export function sectionHeadingDepth(report: BoundReport): number {
  for (const h of report.sectionHeadings) if (h.def && h.block.kind === "heading") return h.block.depth;
  return 2;
}

/** Text of a section's sub-headings and paragraphs (tables left out), one block per line. */
export function sectionText(section: BoundSection): string {
  const parts: string[] = [];
  for (const block of section.blocks) if (block.kind !== "table") parts.push(block.content.text);
  return parts.join("\n");
}

/** 1-based line of a source offset. */
export function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** A section's number for messages: 第三部分 in Chinese, part 3 in English. */
export function partNumber(ordinal: number): { zh: string; en: string } {
  return { zh: CHINESE_NUMERALS[ordinal - 1] ?? String(ordinal), en: String(ordinal) };
}

/** The number of a heading written 一、…十、, if it has one. */
export function headingOrdinal(enumerator: string): number | undefined {
  if (!enumerator.startsWith("c")) return undefined;
  const i = CHINESE_NUMERALS.indexOf(enumerator.slice(1));
  return i < 0 ? undefined : i + 1;
}
