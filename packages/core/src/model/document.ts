import type { TextContent } from "../text/text-content.ts";

/** Half-open range of UTF-16 offsets into `ReportDocument.source`. */
export interface SourceRange {
  start: number;
  end: number;
}

/** markdown: the authoring format; html: a published page; text: text copied from a page or a PDF; docx: Word. */
export type InputFormat = "markdown" | "html" | "text" | "docx";

/**
 * Where something is, for inputs that a person does not read as lines of source: a Word document's
 * paragraphs and tables, numbered from 1 as Word's own navigation counts them.
 */
export interface Place {
  paragraph?: number;
  table?: number;
  row?: number;
  column?: number;
}

export interface ReportDocument {
  /** The text every range refers to. */
  source: string;
  format: InputFormat;
  /** Headings, paragraphs and tables in document order; lists and quotes are flattened into paragraphs. */
  blocks: Block[];
  /** HTML-style comments, where inline directives live. */
  comments: Comment[];
  frontMatter?: FrontMatter;
  /** Problems met while reading the input (broken front matter, …); the linter reports them. */
  problems: AdapterProblem[];
  /**
   * Whether an edit of `source` is an edit of the user's file. False for a .docx, whose source is
   * HTML derived from it: fixes and suggestions are then dropped rather than offered for text nobody has.
   */
  editable: boolean;
  /** For sources a person does not read by line and column (the HTML inside a .docx), where an offset is. */
  place?: (offset: number) => Place | undefined;
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock;

export interface HeadingBlock {
  kind: "heading";
  depth: number;
  content: TextContent;
  range: SourceRange;
}

export interface ParagraphBlock {
  kind: "paragraph";
  content: TextContent;
  range: SourceRange;
}

export interface TableBlock {
  kind: "table";
  rows: TableRow[];
  range: SourceRange;
}

export interface TableRow {
  cells: TableCell[];
  range: SourceRange;
}

export interface TableCell {
  /** Plain text of the cell. */
  text: string;
  /** The whole cell as written, delimiters included. */
  range: SourceRange;
  /** The trimmed content; zero-width in the middle of an empty cell. */
  contentRange: SourceRange;
  /**
   * What a fix that gives the cell a new value replaces, and how the value is padded. Markdown cells
   * replace their content, or all the blank space inside an empty cell so that `|  |` becomes `| 0 |`.
   */
  editRange: SourceRange;
  editPadding: string;
}

export interface Comment {
  /** The text inside the comment delimiters. */
  text: string;
  range: SourceRange;
}

export interface FrontMatter {
  range: SourceRange;
  /** Top-level scalar entries, each with the range of its value. */
  entries: Map<string, FrontMatterEntry>;
}

export interface FrontMatterEntry {
  value: string;
  range: SourceRange;
}

/**
 * Something the adapter met while reading the input: a broken front matter, numbers it had to
 * split by the table's arithmetic. It reaches the user as a message without a rule id.
 */
export interface AdapterProblem {
  messageId: string;
  severity: 1 | 2;
  /** Message template in both languages; `{{name}}` is filled from `data`. */
  message: { zh: string; en: string };
  data: Record<string, string>;
  range: SourceRange;
  /** The input could not be read properly: findings may be missing. */
  fatal?: boolean;
}

export function blockText(block: HeadingBlock | ParagraphBlock): string {
  return block.content.text;
}
