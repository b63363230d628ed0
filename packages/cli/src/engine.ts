import { basename } from "node:path";
import { lint, lintAndFix, lintDocument, readDocx, type DecodeResult, type Locale, type LintMessage, type LintOptions } from "@reportlint/core";
import { fsReason, oneLine } from "@reportlint/config";
import { formatOf } from "./files.ts";
import { writeFileAtomic } from "./fix-writer.ts";
import { cliMessage } from "./messages.ts";
import { readBytes, readReport } from "./read.ts";
import { fileMessage, toResult, type FileResult } from "./results.ts";

/**
 * The options for linting the text of `path`: in the format its name says (`formatOf`: Markdown,
 * HTML or text; Markdown for any other name). A .docx is read as bytes by `lintDocxFile` instead.
 */
function inFormatOf<T extends LintOptions>(path: string, options: T): T {
  const format = formatOf(path);
  return format === "docx" ? options : { ...options, format };
}

/**
 * Lints one text file on disk in the format its name says; with `fix`, writes the fixed text back
 * when it changed (fixes exist only for editable documents: Markdown, HTML, text). Never throws.
 */
export function lintFile(path: string, fileOptions: LintOptions & { locale: Locale }, fix: boolean): FileResult {
  const options = inFormatOf(path, fileOptions);
  const { locale } = options;
  const read = readReport(path);
  if (!read.ok) return toResult(path, ["content" in read ? notTextMessage(read.content, path, locale) : fileMessage("read-error", cliMessage("read-error", locale, read.reason))]);
  try {
    if (!fix) return toResult(path, lint(read.text, options).messages);
    if (read.encoding !== "utf-8") {
      const { messages } = lint(read.text, options);
      const extra = messages.some((m) => m.fix) ? [fileMessage("fix-not-written", cliMessage("fix-not-written", locale, read.encoding.toUpperCase()), 1)] : [];
      return toResult(path, [...extra, ...messages]);
    }
    const fixed = lintAndFix(read.text, options);
    if (!fixed.fixed) return toResult(path, fixed.result.messages);
    try {
      writeFileAtomic(path, (read.bom ? "\uFEFF" : "") + fixed.output, read.mode);
    } catch (error) {
      const { messages } = lint(read.text, options);
      return toResult(path, [fileMessage("write-error", cliMessage("write-error", locale, fsReason(error))), ...messages]);
    }
    return toResult(path, fixed.result.messages);
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

/** Lints the bytes of a .docx (a file, or stdin named by --stdin-filename). Never throws. */
export async function lintDocxBytes(bytes: Uint8Array, filePath: string, options: LintOptions & { locale: Locale }): Promise<FileResult> {
  try {
    const doc = await readDocx(bytes, { fileName: basename(filePath) });
    return toResult(filePath, lintDocument(doc, options).messages);
  } catch (error) {
    return toResult(filePath, [internalError(error, options.locale)]);
  }
}

/**
 * Lints decoded stdin; with `fix`, also returns the fixed text (UTF-8, with the BOM if there was one).
 * Input that is not text is one fatal message, and no output. Never throws.
 */
export function lintText(input: DecodeResult, filePath: string, textOptions: LintOptions & { locale: Locale }, fix: boolean): { result: FileResult; output?: string } {
  const options = inFormatOf(filePath, textOptions); // --stdin-filename decides the format
  if (!input.ok) return { result: toResult(filePath, [notTextMessage(input.reason, filePath, options.locale)]) };
  const bom = input.bom ? "\uFEFF" : "";
  try {
    if (!fix) return { result: toResult(filePath, lint(input.text, options).messages) };
    const fixed = lintAndFix(input.text, options);
    return { result: toResult(filePath, fixed.result.messages), output: bom + fixed.output };
  } catch (error) {
    return { result: toResult(filePath, [internalError(error, options.locale)]), ...(fix ? { output: bom + input.text } : {}) };
  }
}

/** A binary or undecodable file: one fatal message that names it; the run goes on with the next file. */
function notTextMessage(content: "binary" | "undecodable", path: string, locale: Locale): LintMessage {
  return content === "binary" ? fileMessage("not-text", cliMessage("not-text", locale, "", basename(path))) : fileMessage("undecodable", cliMessage("undecodable", locale, "", basename(path)));
}

function internalError(error: unknown, locale: Locale): LintMessage {
  return fileMessage("internal-error", cliMessage("internal-error", locale, oneLine(error instanceof Error ? error.message : String(error))));
}
