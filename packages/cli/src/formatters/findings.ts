import { isAbsolute, sep } from "node:path";
import { describePlace, type Locale, type LintMessage } from "@reportlint/core";
import { CLI_MESSAGES } from "../messages.ts";
import { displayPath } from "../paths.ts";

/**
 * What the machine formats (SARIF, GitHub, JUnit) need to know about a message beyond its fields.
 * Shared so that they agree on which messages are about a file rather than in it, and on names.
 */

/**
 * A message about the file as a whole rather than a place in it: it could not be read, decoded or
 * written, or reportlint failed on it. Such messages have no rule; in SARIF they are tool execution
 * notifications, in JUnit errors (the test could not run) rather than failures.
 */
export function isFileLevel(m: LintMessage): boolean {
  return m.ruleId === null && (m.fatal === true || Object.hasOwn(CLI_MESSAGES, m.messageId));
}

/**
 * The id a message is reported under: its rule, or for a message of the readers that belongs to no
 * rule (`split-numbers`, `front-matter-invalid`, `unknown-directive-rule`) its message id, which is as
 * stable. Machine formats need an id for every finding (GitHub code scanning requires `ruleId`).
 */
export function reportedId(m: LintMessage): string {
  return m.ruleId ?? m.messageId;
}

/**
 * Where a message is in a .docx as Word shows it (`文档第2个表格 第27行第10列`), or undefined for a
 * text file, whose line and column say it. A .docx's lines are those of the HTML read from it.
 */
export function placeText(m: LintMessage, locale: Locale): string | undefined {
  return (m.place && describePlace(m.place, locale)) || undefined;
}

/** The message on one line (machine formats and tables have no room for line breaks), with its place in a .docx first. */
export function oneLineMessage(m: LintMessage, locale: Locale): string {
  const text = m.message.replace(/\s*[\r\n]+\s*/gu, " ").trim();
  const place = placeText(m, locale);
  return place === undefined ? text : `${place}${locale === "zh" ? "：" : ": "}${text}`;
}

/**
 * A file as the machine formats name it: relative to the working directory with `/`, else absolute;
 * a name that is not a path (`<text>`, standard input without --stdin-filename) as it is.
 */
export function reportPath(cwd: string, filePath: string): string {
  return isAbsolute(filePath) ? displayPath(cwd, filePath).split(sep).join("/") : filePath;
}
