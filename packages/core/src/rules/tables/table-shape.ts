import { cellName, columnName, rowName } from "../../bind/names.ts";
import type { ShapeProblem } from "../../bind/types.ts";
import type { CompiledTable } from "../../profiles/load.ts";
import type { Localized, MessageValue, Problem, RuleModule } from "../types.ts";
import { blockName, tableName } from "./util.ts";
import { NO_OPTIONS } from "../options.ts";

const NOT_CHECKED = { zh: "其中的数字未参与核对。", en: "Its numbers were not checked." };

/**
 * The tables have the template's rows, columns and blocks, once each, and nothing else (reference §3).
 * One message per kind of problem the binder finds; nothing it could not bind is silently dropped.
 */
export const tableShape: RuleModule<Record<string, never>> = {
  meta: {
    id: "table-shape",
    type: "problem",
    description: {
      zh: "表格须有模板规定的全部行、列和部分，且各只出现一次，不得有模板以外的行、列或单元格。",
      en: "Tables must have every row, column and part of the template, each once, and no rows, columns or cells the template does not have.",
    },
    severity: "error",
    fixable: false,
    hasSuggestions: true,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      "missing-block": {
        zh: "{{table}}缺少“{{block}}”部分。模板要求该部分：请补上它的标题行、表头和各行（无数据填 0）。",
        en: "There is no part \"{{block}}\" in {{table}}. The template requires it: add its caption, header and rows (0 where there is nothing to report).",
      },
      "missing-row": {
        zh: "{{where}}缺少“{{row}}”一行。模板要求每一行都在：请补上该行（无数据填 0）。",
        en: "There is no row \"{{row}}\" in {{where}}. The template requires every row: add it (0 where there is nothing to report).",
      },
      "missing-column": {
        zh: "{{where}}缺少“{{column}}”一列。模板要求每一列都在：请补上该列（无数据填 0）。",
        en: "There is no column \"{{column}}\" in {{where}}. The template requires every column: add it (0 where there is nothing to report).",
      },
      "missing-cell": {
        zh: "{{where}}的 {{cell}} 没有单元格：这一行比表头短。请补上该单元格（无数据填 0）。",
        en: "In {{where}}, {{cell}} has no cell: the row is shorter than the header. Add the cell (0 where there is nothing to report).",
      },
      "unknown-row": {
        zh: "{{where}}中{{what}}，{{notChecked}}请改用模板的行标签，或删除该行。",
        en: "In {{where}}, {{what}}. {{notChecked}} Use the template's row label, or remove the row.",
      },
      "unknown-row-suggest": {
        zh: "{{where}}中{{what}}，{{notChecked}}是否应为“{{suggestion}}”？请改用模板的行标签。",
        en: "In {{where}}, {{what}}. {{notChecked}} Did you mean \"{{suggestion}}\"? Use the template's row label.",
      },
      "unknown-column": {
        zh: "{{where}}中的列“{{text}}”不是模板中的列，{{notChecked}}请改用模板的列标题，或删除该列。",
        en: "In {{where}}, the column \"{{text}}\" is not a column of the template. {{notChecked}} Use the template's column header, or remove the column.",
      },
      "unknown-column-suggest": {
        zh: "{{where}}中的列“{{text}}”不是模板中的列，{{notChecked}}是否应为“{{suggestion}}”？请改用模板的列标题。",
        en: "In {{where}}, the column \"{{text}}\" is not a column of the template. {{notChecked}} Did you mean \"{{suggestion}}\"? Use the template's column header.",
      },
      "duplicate-row": {
        zh: "{{where}}中“{{row}}”一行出现了不止一次，重复的一行未参与核对。请合并或删除重复的行。",
        en: "In {{where}}, the row \"{{row}}\" appears more than once; the repeated row was not checked. Merge or remove it.",
      },
      "duplicate-block": {
        zh: "{{table}}中“{{block}}”部分出现了不止一次，重复的部分未参与核对。请合并或删除重复的部分。",
        en: "In {{table}}, the part \"{{block}}\" appears more than once; the repeated part was not checked. Merge or remove it.",
      },
      "extra-cell": {
        zh: "{{where}}中的“{{text}}”写在模板没有的列里，未参与核对。请把它移到正确的单元格，或删除。",
        en: "In {{where}}, \"{{text}}\" sits in a column the template does not have and was not checked. Move it to the right cell, or remove it.",
      },
      "duplicate-table": {
        zh: "{{table}}出现了不止一张，只核对了第一张。请合并或删除重复的表格。",
        en: "There is more than one {{table}}; only the first was checked. Merge or remove the repeated table.",
      },
      replace: { zh: "改为“{{suggestion}}”", en: "Change it to \"{{suggestion}}\"" },
    },
  },
  check(context) {
    for (const table of context.report.tables) {
      for (const problem of table.problems) context.emit(describe(table.def, problem));
    }
  },
};

/** 表四 has one row and no row label: a missing row is named by what it holds, not by its internal key. */
const UNLABELLED_ROW: Localized = { zh: "数据", en: "data" };

function describe(table: CompiledTable, p: ShapeProblem): Problem {
  const base = { table: tableName(table), notChecked: NOT_CHECKED } satisfies Record<string, MessageValue>;
  const range = p.range;
  switch (p.kind) {
    case "missing-block":
      return { messageId: p.kind, data: { ...base, block: p.block.def.caption ?? p.block.def.key }, range };
    case "missing-row":
      return { messageId: p.kind, data: { ...base, where: blockName(p.block, table), row: rowName(p.row) || UNLABELLED_ROW }, range };
    case "missing-column":
      return { messageId: p.kind, data: { ...base, where: blockName(p.block, table), column: columnName(p.block, p.column) }, range };
    case "missing-cell":
      return { messageId: p.kind, data: { ...base, where: blockName(p.block, table), cell: cellName(p.block, p.row, p.column) }, range };
    case "unknown-row": {
      const what: Localized = p.group
        ? { zh: `分组标签“${p.text}”不是模板中的分组`, en: `the group label "${p.text}" is not a group of the template` }
        : p.text
          ? { zh: `行“${p.text}”不是模板中的行`, en: `the row "${p.text}" is not a row of the template` }
          : { zh: "有一行没有行标签，对应不到模板中的任何一行", en: "a row has no label, so it matches no row of the template" };
      const notChecked: MessageValue = p.group ? { zh: "其下各行仍按各自的行标签核对。", en: "The rows under it are still checked by their own labels." } : NOT_CHECKED;
      const data = { ...base, notChecked, where: blockName(p.block, table), what, text: p.text };
      if (!p.suggestion) return { messageId: p.kind, data, range };
      return { messageId: "unknown-row-suggest", data: { ...data, suggestion: p.suggestion }, range, suggest: [replace(p.suggestion, range)] };
    }
    case "unknown-column": {
      const data = { ...base, where: blockName(p.block, table), text: p.text };
      if (!p.suggestion) return { messageId: p.kind, data, range };
      return { messageId: "unknown-column-suggest", data: { ...data, suggestion: p.suggestion }, range, suggest: [replace(p.suggestion, range)] };
    }
    case "duplicate-row":
      return { messageId: p.kind, data: { ...base, where: blockName(p.block, table), row: rowName(p.row) || UNLABELLED_ROW }, range };
    case "duplicate-block":
      return { messageId: p.kind, data: { ...base, block: p.block.def.caption ?? p.block.def.key }, range };
    case "extra-cell":
      return { messageId: p.kind, data: { ...base, where: blockName(p.block, table), text: p.text }, range };
    case "duplicate-table":
      return { messageId: p.kind, data: base, range };
  }
}

function replace(suggestion: string, range: Problem["range"]): NonNullable<Problem["suggest"]>[number] {
  return { messageId: "replace", data: { suggestion }, edit: { range, text: suggestion } };
}
