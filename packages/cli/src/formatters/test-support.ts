import type { LintMessage } from "@reportlint/core";
import { fileMessage, toResult, type FileResult } from "../results.ts";

/** A fixed set of results for the formatters' tests: every kind of message a format has to place. */
export const CWD = "/work/reports";

const message = (fields: Partial<LintMessage> & Pick<LintMessage, "ruleId" | "severity" | "message" | "messageId" | "line" | "column">): LintMessage => ({
  endLine: fields.line,
  endColumn: fields.column,
  ...fields,
});

/** A wrong total (error, with a suggestion) and a blank cell (warning, with a fix), in a Markdown file with a Chinese name. */
export const MARKDOWN = toResult(`${CWD}/2024年/甲县报告.md`, [
  message({
    ruleId: "arithmetic",
    severity: 2,
    message: "（七）总计·自然人 写的是 2930，但各项之和为 2932（R3：（七）总计等于各项办理结果之和）。请核对各项数字，或将其改为 2932。",
    messageId: "mismatch",
    data: { cell: "（七）总计·自然人", written: "2930", computed: "2932", explain: { zh: "各项之和", en: "the sum of the items" }, id: "R3" },
    line: 77,
    column: 11,
    endColumn: 15,
    suggestions: [{ desc: "改为 2932", messageId: "replace", fix: { range: [4000, 4004], text: "2932" } }],
  }),
  message({ ruleId: "blank-cell", severity: 1, message: "规章·本年废止件数 是空白。无数据请填 0。", messageId: "blank", data: { cell: "规章·本年废止件数", written: { zh: "空白", en: "blank" } }, line: 130, column: 12, fix: { range: [900, 900], text: "0" } }),
]);

/** A .docx: its lines are those of the HTML read from it; its place is what a reader needs. */
export const DOCX = toResult(`${CWD}/乙县.docx`, [
  message({ ruleId: "table-labels", severity: 1, message: "行标签“规 章”应为“规章”。", messageId: "variant", data: { where: "表二", kind: { zh: "行标签", en: "row label" }, text: "规 章", expected: "规章" }, line: 40, column: 5, endColumn: 9, place: { table: 2, row: 27, column: 1 } }),
]);

export const CLEAN = toResult(`${CWD}/clean.md`, []);

/** A file that could not be read: a message about the file, not a place in it. */
export const UNREADABLE = toResult(`${CWD}/locked.md`, [fileMessage("read-error", "无法读取此文件：permission denied。请检查路径、文件类型和读取权限。")]);

export const ALL: readonly FileResult[] = [MARKDOWN, DOCX, CLEAN, UNREADABLE];
