import type { Localized } from "../rules/types.ts";

/**
 * A report type as data (schemas/profile.schema.json). The engine knows nothing about annual reports:
 * everything it checks about sections, tables and their arithmetic comes from here.
 */
export interface ProfileDefinition {
  $schema?: string;
  id: string;
  /** Id of a profile this one refines: its sections and tables are kept unless redefined by key/id. */
  extends?: string;
  name: Localized;
  basis?: string;
  /** Statistics years this template applies to. */
  years?: { from?: number; to?: number };
  detect?: { signals: DetectSignal[] };
  /** Issuer levels recognised from the issuer's name, first match wins. */
  issuerLevels?: IssuerLevelDef[];
  sections: SectionDef[];
  tables: TableDef[];
}

export interface DetectSignal {
  label: string;
  /** When set, the signal is a row labelled `label` directly followed by a row labelled `next`. */
  next?: string;
  /** The table the label belongs to, for telling a mixed template from a whole one. */
  table?: string;
}

export interface IssuerLevelDef {
  level: string;
  name: Localized;
  /** Regular expressions over the issuer's name. */
  patterns: string[];
}

export interface SectionDef {
  key: string;
  ordinal: number;
  title: string;
  /** Titles seen in real reports that mean this section; accepted with a warning. */
  aliases?: string[];
  required?: boolean;
  /** Topics the section must cover, each found by any of its patterns in the section's text. */
  topics?: TopicDef[];
  /** The section must say something of substance: not empty, not just 无. */
  substantive?: boolean;
}

export interface TopicDef {
  key: string;
  label: string;
  patterns: string[];
}

export interface FieldType {
  type: "integer" | "number";
  constraints?: { minimum?: number };
  /** The unit the template fixes for the cell, e.g. 万元. */
  unit?: string;
  /** Above this a value is implausible for the unit (a value in 元 written where 万元 belongs). */
  plausibleMaximum?: number;
}

export interface TableDef {
  id: string;
  title: Localized;
  /** Key of the section the table belongs under. */
  section: string;
  required?: boolean;
  cell?: FieldType;
  blocks: BlockDef[];
  relations?: RelationDef[];
}

export interface BlockDef {
  key: string;
  caption?: string;
  captionAliases?: string[];
  /** Headers of the label columns ("信息内容"); they are not data columns. */
  labelHeaders?: string[];
  /** Header cells that span several columns ("行政诉讼", "法人或其他组织"). */
  headerGroups?: HeaderGroupDef[];
  /** Text of cells that carry notes rather than labels (the corner note of table 三). */
  notes?: string[];
  cell?: FieldType;
  columns: ColumnDef[];
  rows: RowDef[];
}

export interface HeaderGroupDef {
  key: string;
  label: string;
  aliases?: string[];
}

export interface ColumnDef {
  key: string;
  label: string;
  aliases?: string[];
  /** Keys of the header groups above the column, outermost first. */
  groups?: string[];
  cell?: FieldType;
}

export interface RowDef {
  key: string;
  /** A block whose only row has no label (table 四) binds it by position. */
  label?: string;
  aliases?: string[];
  /** Key of the group row this row sits under. */
  parent?: string;
  /** A group row: a label that heads sub-rows; numbers on it are an optional subtotal. */
  group?: boolean;
  cell?: FieldType;
  /** Issuer levels that cannot have anything in this row (townships do not make 规章). */
  zeroForIssuerLevels?: string[];
}

export interface RelationDef {
  id: string;
  /** Which rule reports a failure: hard arithmetic, or a plausibility warning. */
  rule?: "arithmetic" | "plausibility";
  name: Localized;
  /** How the expected value of the target is described in messages ("各项办理结果之和"). */
  explain: Localized;
  block?: string;
  /** Evaluate once per column (identifiers are row keys) or once per row (identifiers are column keys). */
  each: "column" | "row";
  /** Limit the columns (each: column) or rows (each: row) the relation is evaluated for. */
  over?: string[];
  /** `target op expression`: the target's cell carries the diagnostic and, for ==, receives the computed value. */
  assert: string;
  /** Evaluate only where this holds. */
  when?: string;
  tolerance?: number;
}
