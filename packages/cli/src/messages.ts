import type { Locale, Localized } from "@reportlint/core";

/** The CLI's own messages, in the core's voice: what was found, what to do. */
export const CLI_MESSAGES = {
  "read-error": {
    zh: "无法读取此文件：{reason}。请检查路径、文件类型和读取权限。",
    en: "Cannot read the file: {reason}. Check the path, the file type and the permissions.",
  },
  "not-text": {
    zh: "“{file}”不是文本文件（二进制内容），无法检查。请提供 Markdown、HTML、纯文本或 .docx 格式的报告。",
    en: "\"{file}\" is not a text file (binary content) and cannot be checked. Give the report as Markdown, HTML, plain text or .docx.",
  },
  undecodable: {
    zh: "“{file}”无法按 UTF-8、UTF-16 或 GB18030 解码，无法检查（第一个不是 UTF-8 的字节在第 {line} 行第 {column} 列，字节偏移 {offset}）。请将文件另存为 UTF-8 后重试。",
    en: "\"{file}\" cannot be decoded as UTF-8, UTF-16 or GB18030 and cannot be checked (the first byte that is not UTF-8 is at line {line}, column {column}, byte offset {offset}). Save it as UTF-8 and try again.",
  },
  "invalid-utf-8": {
    zh: "“{file}”是 UTF-8 文本，但第 {line} 行第 {column} 列（字节偏移 {offset}）处的字节不是有效的 UTF-8，无法检查：文件可能已损坏，或混入了其他编码（如 GBK）的文字。请改正该处后将文件另存为 UTF-8。",
    en: "\"{file}\" is UTF-8 text, but the bytes at line {line}, column {column} (byte offset {offset}) are not valid UTF-8, so it cannot be checked: the file is damaged or holds text in another encoding (such as GBK). Correct the text there and save the file as UTF-8.",
  },
  "invalid-utf-16": {
    zh: "“{file}”以 UTF-16 字节顺序标记开头，但第 {line} 行第 {column} 列（字节偏移 {offset}）处不是有效的 UTF-16，无法检查。请将文件另存为 UTF-8 后重试。",
    en: "\"{file}\" starts with a UTF-16 byte order mark, but is not valid UTF-16 at line {line}, column {column} (byte offset {offset}), so it cannot be checked. Save it as UTF-8 and try again.",
  },
  "too-large": {
    zh: "“{file}”大小为 {size}，超过 {limit} 的上限，未检查。年度报告通常远小于 1 MB；如确需检查，请用 --max-file-size 提高上限。",
    en: "\"{file}\" is {size}, larger than the {limit} limit, so it was not checked. A report is far smaller than 1 MB; to check this file anyway, raise the limit with --max-file-size.",
  },
  "write-error": {
    zh: "无法写入修复结果：{reason}。文件未被修改。",
    en: "Cannot write the fixes: {reason}. The file was not changed.",
  },
  "fix-not-written": {
    zh: "文件编码为 {reason}，--fix 只改写 UTF-8 文件，修复未写入。请将文件另存为 UTF-8 后再运行 --fix。",
    en: "The file is encoded as {reason}; --fix only rewrites UTF-8 files, so the fixes were not written. Save it as UTF-8 and run --fix again.",
  },
  "internal-error": {
    zh: "reportlint 内部错误：{reason}。检查结果不完整，请报告此问题。",
    en: "reportlint failed internally: {reason}. The findings are incomplete; please report this.",
  },
} satisfies Record<string, Localized>;

export type CliMessageId = keyof typeof CLI_MESSAGES;

/** The message in the chosen language, `{reason}`, `{file}` (a file's name) and any other `{name}` of `values` filled in. */
export function cliMessage(id: CliMessageId, locale: Locale, reason: string, file = "", values: Record<string, string> = {}): string {
  let text = CLI_MESSAGES[id][locale];
  for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, () => value);
  return text.replace("{reason}", () => reason).replace("{file}", () => file);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The summary lines of the stylish format, in the chosen language. */
export const SUMMARY = {
  zh: {
    problems: (total: number, errors: number, warnings: number) => `✖ 共 ${total} 个问题（${errors} 个错误，${warnings} 个警告）`,
    fixable: (errors: number, warnings: number) => `  其中 ${errors} 个错误和 ${warnings} 个警告可用 --fix 选项自动修复。`,
    tooManyWarnings: (warnings: number, max: number) => `警告过多：共 ${warnings} 个，上限为 ${max} 个（--max-warnings）。`,
  },
  en: {
    problems: (total: number, errors: number, warnings: number) =>
      `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`,
    fixable: (errors: number, warnings: number) =>
      `  ${plural(errors, "error")} and ${plural(warnings, "warning")} potentially fixable with the --fix option.`,
    tooManyWarnings: (warnings: number, max: number) => `too many warnings: ${warnings}, the maximum is ${max} (--max-warnings).`,
  },
} satisfies Record<Locale, unknown>;
