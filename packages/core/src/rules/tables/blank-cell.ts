import type { RuleModule } from "../types.ts";
import { boundCells, cellEdit, nameOf, writtenText } from "./util.ts";
import { NO_OPTIONS } from "../options.ts";

/**
 * Value cells say 0 rather than nothing (reference §4 R7, §7 E6, §8). A blank, `/`, `-`, `—` or `无`
 * leaves the reader to guess; arithmetic counts it as 0, so the fix writes what was counted. A group
 * row written as a bare label (三、本年度办理结果) has no values to fill.
 */
export const blankCell: RuleModule<Record<string, never>> = {
  meta: {
    id: "blank-cell",
    type: "problem",
    description: {
      zh: "表格数值单元格无数据时应填 0，不应留空或写“/”“—”“无”。",
      en: "Table value cells with nothing to report hold 0, not a blank, /, — or 无.",
    },
    severity: "warn",
    fixable: true,
    hasSuggestions: false,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      blank: {
        zh: "{{cell}} 是{{written}}，没有数字；核对算术时按 0 计（R7）。无数据请填 0。",
        en: "{{cell}} is {{written}}, not a number; the arithmetic checks count it as 0 (R7). Write 0 where there is nothing to report.",
      },
    },
  },
  check(context) {
    for (const { block, row, cell } of boundCells(context.report)) {
      if (row.labelOnly || cell.value.kind !== "blank") continue;
      // A position covered by a spanning cell (HTML rowspan/colspan) has no text of its own to edit.
      const covered = cell.cell.range.start === cell.cell.range.end;
      context.emit({
        messageId: "blank",
        data: { cell: nameOf(block, cell), written: writtenText(cell) },
        range: cell.cell.contentRange,
        ...(covered ? {} : { fix: cellEdit(cell, "0") }),
      });
    }
  },
};
