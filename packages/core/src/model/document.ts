import type { TextContent } from "../text/text-content.ts";

/** Half-open range of UTF-16 offsets into `ReportDocument.source`. */
export interface SourceRange {
  start: number;
  end: number;
}

export type InputFormat = "markdown";

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

export interface AdapterProblem {
  messageId: "front-matter-invalid";
  data: Record<string, string>;
  range: SourceRange;
}

export function blockText(block: HeadingBlock | ParagraphBlock): string {
  return block.content.text;
}
