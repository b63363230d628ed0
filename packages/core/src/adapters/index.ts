import type { InputFormat, ReportDocument } from "../model/document.ts";
import type { Profile } from "../profiles/load.ts";
import { parseHtml } from "./html.ts";
import { parseMarkdown } from "./markdown.ts";
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
 */
export function parseText(source: string, format: TextFormat, profiles: readonly Profile[]): ReportDocument {
  void profiles;
  switch (format) {
    case "markdown":
      return parseMarkdown(source);
    case "html":
      return parseHtml(source);
    case "text":
      return parseTextReport(source, profiles);
    default:
      throw new Error(`reading ${format} is not available yet`);
  }
}
