import type { MatchLevel } from "../labels/label-index.ts";
import type { Block, HeadingBlock, ParagraphBlock, ReportDocument, SourceRange, TableBlock, TableCell } from "../model/document.ts";
import type { CompiledBlock, CompiledTable, Profile } from "../profiles/load.ts";
import type { ColumnDef, FieldType, RowDef, SectionDef } from "../profiles/types.ts";
import type { ReportMetadata } from "../metadata/extract.ts";
import type { Localized } from "../rules/types.ts";
import type { CellValue } from "./values.ts";

/** A document matched against a profile: what every rule reads. Rules never re-parse. */
export interface BoundReport {
  document: ReportDocument;
  profile: Profile;
  detection: Detection;
  metadata: ReportMetadata;
  /** One entry per section of the profile, in template order. */
  sections: BoundSection[];
  /** Every heading at the level of the sections, in document order, matched or not. */
  sectionHeadings: SectionHeading[];
  /** One entry per table of the profile. */
  tables: BoundTable[];
}

export interface Detection {
  profileId: string;
  /** How the profile was chosen. */
  by: "forced" | "signals" | "year" | "default";
  /**
   * Per template table, the profile its own labels point to, when that differs from the chosen one;
   * `range` is the first row of the document table where that profile's labels show.
   */
  mixed: { table: string; profileId: string; range: SourceRange }[];
  /** Every profile detection chose from, in registry order: what the rules name when another template is due. */
  candidates: DetectionCandidate[];
}

export interface DetectionCandidate {
  id: string;
  name: Localized;
  /** Statistics years the profile is for; an open end is unbounded. */
  years: { from?: number; to?: number };
}

export interface SectionHeading {
  block: HeadingBlock | ParagraphBlock;
  title: string;
  def?: SectionDef;
  match?: MatchLevel | "ordinal";
  /** A second heading for a section that already has one. */
  duplicate?: boolean;
}

export interface BoundSection {
  def: SectionDef;
  heading?: SectionHeading;
  /** Blocks between this section's heading and the next section heading. */
  blocks: Block[];
  /** From the heading to the end of the section's content. */
  range?: SourceRange;
}

export interface LabelRef {
  text: string;
  range: SourceRange;
  level: MatchLevel;
  expected: string;
}

export interface BoundTable {
  def: CompiledTable;
  /** The document tables bound to this template table, in document order. */
  sources: TableBlock[];
  /** Key of the section the first source sits in, if any. */
  sectionKey?: string;
  blocks: BoundBlock[];
  problems: ShapeProblem[];
}

export interface BoundBlock {
  def: CompiledBlock;
  found: boolean;
  caption?: LabelRef;
  columns: BoundColumn[];
  rows: BoundRow[];
  /** Group labels written in a label column beside their sub-rows (三、本年度办理结果 | （三）不予公开 | 1.…). */
  groupLabels: LabelRef[];
}

export interface BoundColumn {
  def: ColumnDef;
  index: number;
  header?: LabelRef;
}

export interface BoundRow {
  def: RowDef;
  range: SourceRange;
  label?: LabelRef;
  cells: Map<string, BoundCell>;
  /** A group row written as a label with no numbers. */
  labelOnly: boolean;
}

export interface BoundCell {
  rowKey: string;
  columnKey: string;
  cell: TableCell;
  value: CellValue;
  field: FieldType;
}

export type ShapeProblem =
  | { kind: "missing-block"; block: CompiledBlock; range: SourceRange }
  | { kind: "missing-row"; block: CompiledBlock; row: RowDef; range: SourceRange }
  | { kind: "missing-column"; block: CompiledBlock; column: ColumnDef; range: SourceRange }
  | { kind: "missing-cell"; block: CompiledBlock; row: RowDef; column: ColumnDef; range: SourceRange }
  | { kind: "unknown-row"; block?: CompiledBlock; text: string; suggestion?: string; range: SourceRange; /** A group label in a label column; its sub-rows still bind by their own labels. */ group?: true }
  | { kind: "unknown-column"; block?: CompiledBlock; text: string; suggestion?: string; range: SourceRange }
  | { kind: "duplicate-row"; block: CompiledBlock; row: RowDef; range: SourceRange }
  | { kind: "duplicate-block"; block: CompiledBlock; range: SourceRange }
  | { kind: "extra-cell"; block: CompiledBlock; text: string; range: SourceRange }
  | { kind: "duplicate-table"; range: SourceRange };
