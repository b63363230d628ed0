import type { AdapterProblem, ReportDocument } from "../model/document.ts";
import { wordPlaces } from "./docx-places.ts";
import { parseHtml } from "./html.ts";

export interface ReadDocxOptions {
  /** The file's name, to name it in the message when it cannot be read. */
  fileName?: string;
}

/**
 * Word's heading styles as HTML headings, beside mammoth's defaults (which already map "Heading 1"
 * to "Heading 6" and "heading 1" to "heading 6"): the Chinese names that WPS and localised Word
 * templates give them, and the title style, which reports use for their title.
 */
const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题 ${n}'] => h${n}:fresh`),
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='标题${n}'] => h${n}:fresh`),
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  // Bold runs stay <strong> (mammoth's default for b): the HTML adapter reads a bold paragraph as
  // a heading candidate, as Chinese reports mark their section titles by bold type alone.
];

/** The document mammoth could not read a table's merged cells in. */
const MERGE_WARNING = /cell merging may be incorrect/u;

const MESSAGES = {
  "docx-old-format": {
    zh: "{{file}}是旧版 Word 文档（.doc 格式），只是扩展名为 .docx，无法检查。请在 Word 或 WPS 中“另存为” .docx（Word 文档）后重试。",
    en: "{{file}} is an old Word document (.doc format) with a .docx name, and cannot be checked. Save it as .docx (Word Document) in Word or WPS and try again.",
  },
  "docx-not-zip": {
    zh: "{{file}}不是有效的 Word 文档（.docx 应为 ZIP 压缩包，此文件不是），无法检查。文件可能已损坏或只是扩展名为 .docx；请在 Word 或 WPS 中重新保存为 .docx 后重试。",
    en: "{{file}} is not a valid Word document (a .docx is a zip archive, and this file is not one), so it cannot be checked. It may be damaged, or only named .docx; save it again as .docx in Word or WPS and try again.",
  },
  "docx-unreadable": {
    zh: "{{file}}无法作为 Word 文档读取（{{reason}}），无法检查。文件可能已损坏；请在 Word 或 WPS 中重新保存为 .docx 后重试。",
    en: "{{file}} cannot be read as a Word document ({{reason}}), so it cannot be checked. It may be damaged; save it again as .docx in Word or WPS and try again.",
  },
  "docx-merged-cells": {
    zh: "Word 文档中有表格的合并单元格未能正确读取（{{reason}}），该表格的数值可能错位。请检查此表格的合并单元格。",
    en: "The merged cells of a table in the Word document could not be read correctly ({{reason}}); the table's values may be misaligned. Check the table's merged cells.",
  },
} as const;

type DocxMessageId = keyof typeof MESSAGES;

/**
 * Reads a Word document (.docx, Office Open XML) into the document model: mammoth turns it into
 * HTML (headings from Word's heading styles, bold kept, merged cells as colspan/rowspan), which the
 * HTML adapter reads. The source of the result is that HTML, so the document is not editable (no
 * fix can be written into a .docx) and `place` tells where an offset is in Word's terms: paragraph,
 * or table, row and column. A file that is not a .docx, or a damaged one, gives an empty document
 * with one fatal problem that says so (the linter then reports that alone); it rejects only if the
 * HTML adapter itself fails.
 */
export async function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): Promise<ReportDocument> {
  const file = { zh: options.fileName ? `“${options.fileName}”` : "此文件", en: options.fileName ? `"${options.fileName}"` : "This file" };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return unreadable("docx-old-format", file);
  if (!startsWith(bytes, [0x50, 0x4b])) return unreadable("docx-not-zip", file);

  let html: string;
  let warnings: string[];
  try {
    // Loaded on first use: a run over Markdown files never pays for evaluating the .docx reader.
    const { default: mammoth } = await import("mammoth");
    const result = await mammoth.convertToHtml(
      // mammoth's types ask for a Buffer; JSZip, which reads it, takes any Uint8Array.
      { buffer: bytes as unknown as Buffer },
      {
        styleMap: STYLE_MAP,
        // Images are not read (no data URIs): only their alt text could matter.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
        externalFileAccess: false,
      },
    );
    html = result.value;
    warnings = result.messages.map((m) => m.message);
  } catch (error) {
    return unreadable("docx-unreadable", file, reasonOf(error));
  }

  const doc = parseHtml(html);
  const problems: AdapterProblem[] = [...doc.problems];
  const merge = warnings.find((w) => MERGE_WARNING.test(w));
  if (merge) problems.push(problem("docx-merged-cells", 1, { reason: merge }));
  return { ...doc, format: "docx", editable: false, problems, place: wordPlaces(html) };
}

function unreadable(messageId: DocxMessageId, file: { zh: string; en: string }, reason = ""): ReportDocument {
  const template = MESSAGES[messageId];
  // The file's name goes into the template itself, so that its text is never read as a placeholder.
  const message = { zh: template.zh.replace("{{file}}", () => file.zh), en: template.en.replace("{{file}}", () => file.en) };
  return {
    source: "",
    format: "docx",
    blocks: [],
    comments: [],
    problems: [{ messageId, severity: 2, message, data: reason ? { reason } : {}, range: { start: 0, end: 0 }, fatal: true }],
    editable: false,
    place: () => undefined,
  };
}

function problem(messageId: DocxMessageId, severity: 1 | 2, data: Record<string, string>): AdapterProblem {
  return { messageId, severity, message: MESSAGES[messageId], data, range: { start: 0, end: 0 } };
}

/** What went wrong, in a few words: the first line of the library's message, without its advice. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split(/\r?\n/u)[0]!.trim();
  if (/main document part/iu.test(line)) return "no word/document.xml";
  return line.replace(/\.\s*Are you sure.*$/iu, "").replace(/\.$/u, "") || "unknown error";
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}
