import { basename } from "node:path";
import { lint, lintAndFix, lintDocument, readDocx, type Locale, type LintMessage, type LintOptions } from "@reportlint/core";
import { fsReason, oneLine } from "@reportlint/config";
import { formatOf } from "./files.ts";
import { unifiedDiff } from "./fix-diff.ts";
import { writeFileAtomic } from "./fix-writer.ts";
import { cliMessage } from "./messages.ts";
import { displayPath } from "./paths.ts";
import { MB, readBytes, readReport, type TextInput } from "./read.ts";
import { fileMessage, fromLint, toResult, type FileResult } from "./results.ts";

/**
 * The options for linting the text of `path`: in the format its name says (`formatOf`: Markdown,
 * HTML or text; Markdown for any other name). A .docx is read as bytes by `lintDocxFile` instead.
 */
function inFormatOf<T extends LintOptions>(path: string, options: T): T {
  const format = formatOf(path);
  return format === "docx" ? options : { ...options, format };
}

/**
 * What a run does with safe fixes: nothing (`off`), write them back (`--fix`), or show them without
 * writing (`--fix-dry-run`: the result carries the fixed text and its diff).
 */
export type FixMode = "off" | "write" | "dry-run";

/**
 * Lints one text file on disk in the format its name says; with `fix`, writes the fixed text back
 * when it changed (fixes exist only for editable documents: Markdown, HTML, text). Never throws.
 * `cwd` names the file in a dry run's diff.
 */
export function lintFile(path: string, fileOptions: LintOptions & { locale: Locale; maxFileSize?: number }, fix: FixMode, cwd: string): FileResult {
  const options = inFormatOf(path, fileOptions);
  const { locale } = options;
  const read = readReport(path, options.maxFileSize);
  if (!read.ok) return toResult(path, ["content" in read ? notTextMessage(read.content, path, locale) : fileMessage("read-error", cliMessage("read-error", locale, read.reason))]);
  try {
    if (fix === "off") return fromLint(path, lint(read.text, options));
    if (read.encoding !== "utf-8" && fix === "write") {
      const { messages } = lint(read.text, options);
      const extra = messages.some((m) => m.fix) ? [fileMessage("fix-not-written", cliMessage("fix-not-written", locale, read.encoding.toUpperCase()), 1)] : [];
      return toResult(path, [...extra, ...messages]);
    }
    const fixed = lintAndFix(read.text, options);
    if (!fixed.fixed) return fromLint(path, fixed.result);
    if (fix === "dry-run") return dryRunResult(path, displayPath(cwd, path), read.text, fixed.output, fixed.result.messages);
    try {
      writeFileAtomic(path, (read.bom ? "\uFEFF" : "") + fixed.output, read.mode);
    } catch (error) {
      const { messages } = lint(read.text, options);
      return toResult(path, [fileMessage("write-error", cliMessage("write-error", locale, fsReason(error))), ...messages]);
    }
    return fromLint(path, fixed.result);
  } catch (error) {
    return toResult(path, [internalError(error, locale)]);
  }
}

/**
 * Lints a Word file: its bytes are read with the core's `readDocx` (through HTML), then linted.
 * Nothing is ever written: fixes cannot go into a .docx, so `--fix` changes nothing. A file that is
 * not a readable .docx gives the core's fatal message naming it. Never rejects.
 */
export async function lintDocxFile(path: string, options: LintOptions & { locale: Locale }): Promise<FileResult> {
  const read = readBytes(path);
  if (!read.ok) return toResult(path, [fileMessage("read-error", cliMessage("read-error", options.locale, read.reason))]);
  return lintDocxBytes(read.bytes, path, options);
}

/** A --fix-dry-run result: what would remain, the fixed text (ESLint's `output`) and the diff to it. */
function dryRunResult(filePath: string, name: string, before: string, after: string, messages: LintMessage[]): FileResult {
  const result = toResult(filePath, messages);
  return before === after ? result : { ...result, output: after, diff: unifiedDiff(name, before, after) };
}

/** Lints the bytes of a .docx (a file, or stdin named by --stdin-filename). Never throws. */
export async function lintDocxBytes(bytes: Uint8Array, filePath: string, options: LintOptions & { locale: Locale }): Promise<FileResult> {
  try {
    const doc = await readDocx(bytes, { fileName: basename(filePath) });
    return fromLint(filePath, lintDocument(doc, options));
  } catch (error) {
    return toResult(filePath, [internalError(error, options.locale)]);
  }
}

/**
 * Lints decoded stdin; with `fix`, also returns the fixed text (UTF-8, with the BOM if there was one).
 * Input that is not text is one fatal message, and no output. Never throws.
 */
export function lintText(input: TextInput, filePath: string, textOptions: LintOptions & { locale: Locale }, fix: FixMode, cwd: string): { result: FileResult; output?: string } {
  const options = inFormatOf(filePath, textOptions); // --stdin-filename decides the format
  if (!input.ok) return { result: toResult(filePath, [notTextMessage(input, filePath, options.locale)]) };
  const bom = input.bom ? "\uFEFF" : "";
  try {
    if (fix === "off") return { result: fromLint(filePath, lint(input.text, options)) };
    const fixed = lintAndFix(input.text, options);
    // A dry run prints the diff in the report; the fixed text does not take over stdout.
    if (fix === "dry-run") return { result: fixed.fixed ? dryRunResult(filePath, filePath === "<text>" ? "<text>" : displayPath(cwd, filePath), input.text, fixed.output, fixed.result.messages) : toResult(filePath, fixed.result.messages) };
    return { result: toResult(filePath, fixed.result.messages), output: bom + fixed.output };
  } catch (error) {
    return { result: toResult(filePath, [internalError(error, options.locale)]), ...(fix === "write" ? { output: bom + input.text } : {}) };
  }
}

/**
 * A file that is not read as text: too large, binary, or undecodable. One fatal message that names
 * it, at the first bad byte of an undecodable one; the run goes on with the next file.
 */
function notTextMessage(content: Exclude<TextInput, { ok: true }>, path: string, locale: Locale): LintMessage {
  const file = basename(path);
  switch (content.reason) {
    case "binary":
      return fileMessage("not-text", cliMessage("not-text", locale, "", file));
    case "too-large":
      return fileMessage("too-large", cliMessage("too-large", locale, "", file, { size: megabytes(content.size), limit: megabytes(content.limit) }));
    case "undecodable": {
      const { line, column, offset } = content.at;
      const id = content.encoding === "utf-8" ? "invalid-utf-8" : content.encoding ? "invalid-utf-16" : "undecodable";
      const message = cliMessage(id, locale, "", file, { line: String(line), column: String(column), offset: String(offset) });
      return { ...fileMessage(id, message), line, column, endLine: line, endColumn: column };
    }
  }
}

/** A size as people read it: "50.0 MB", or "8.9 KB" below a megabyte. */
function megabytes(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

function internalError(error: unknown, locale: Locale): LintMessage {
  return fileMessage("internal-error", cliMessage("internal-error", locale, oneLine(error instanceof Error ? error.message : String(error))));
}
