import type { AdapterProblem, InputFormat, ReportDocument } from "../model/document.ts";
import type { Profile } from "../profiles/load.ts";
import { parseHtml } from "./html.ts";
import { parseMarkdown } from "./markdown.ts";
import { limitMarkdownNesting, MAX_MARKDOWN_NESTING } from "./markdown-nesting.ts";
import { parseTextReport } from "./text.ts";

/** The formats that arrive as text; a .docx arrives as bytes and is read by `readDocx`. */
export type TextFormat = Exclude<InputFormat, "docx">;

const EXTENSIONS: Record<string, InputFormat> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".txt": "text",
  ".docx": "docx",
};

/** The input format a file name implies, or undefined when reportlint does not read that kind of file. */
export function formatOfPath(path: string): InputFormat | undefined {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? undefined : EXTENSIONS[path.slice(dot).toLowerCase()];
}

export const LINTED_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/**
 * Reads text in any text format into the one document model. `profiles` are the templates a text
 * without table markup is aligned with (text copied from a web page keeps no table structure).
 * Nesting is capped before any parser sees it (Markdown: MAX_MARKDOWN_NESTING, with a warning at
 * the first place; HTML: see html-tree.ts); should a parser still run out of call stack, the
 * document is one fatal problem that says so, not an internal error.
 */
export function parseText(source: string, format: TextFormat, profiles: readonly Profile[]): ReportDocument {
  try {
    switch (format) {
      case "markdown":
        return parseMarkdownLimited(source);
      case "html":
        return parseHtml(source);
      case "text":
        return parseTextReport(source, profiles);
      default:
        throw new Error(`reading ${format} is not available yet`);
    }
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    return { source, format, editable: true, blocks: [], comments: [], problems: [{ ...NESTED_TOO_DEEP, range: { start: 0, end: 0 } }] };
  }
}

/** Markdown with its container nesting capped: the source keeps its text, the parser reads the capped copy (the same length). */
function parseMarkdownLimited(source: string): ReportDocument {
  const limited = limitMarkdownNesting(source);
  if (limited.at === undefined) return parseMarkdown(source);
  const doc = parseMarkdown(limited.text);
  const problem: AdapterProblem = {
    messageId: "markdown-too-deep",
    severity: 1,
    message: {
      zh: "此处引用（>）或列表嵌套超过 {{depth}} 层：更深的标记按文字读取。请检查是否误输入了大量 > 或 - 标记。",
      en: "Quotes (>) or lists nest more than {{depth}} deep here: the deeper markers are read as text. Look for > or - markers typed by mistake.",
    },
    data: { depth: String(MAX_MARKDOWN_NESTING) },
    range: { start: limited.at, end: limited.at + 1 },
  };
  return { ...doc, source, problems: [problem, ...doc.problems] };
}

const NESTED_TOO_DEEP: Omit<AdapterProblem, "range"> = {
  messageId: "too-deep",
  severity: 2,
  fatal: true,
  message: {
    zh: "文档的嵌套层次过深（如成千上万层的强调、链接或列表标记），无法读取，未检查。请检查是否误输入了大量 *、[ 或 > 等标记。",
    en: "The document nests too deeply to be read (emphasis, links or lists inside each other thousands of times), so it was not checked. Look for long runs of *, [ or > typed by mistake.",
  },
  data: {},
};

/** V8's RangeError when the call stack runs out. */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/iu.test(error.message);
}
