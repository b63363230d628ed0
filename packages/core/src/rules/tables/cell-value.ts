import type { BoundCell } from "../../bind/types.ts";
import type { Edit, Localized, RuleModule } from "../types.ts";
import { boundCells, nameOf } from "./util.ts";
import { NO_OPTIONS } from "../options.ts";

/** Words that only say "this many": an integer field counts them whatever they are called. */
const COUNT_WORDS = new Set(["件", "个", "条", "项", "次"]);

/**
 * What a value cell holds is a plain number of the kind the template fixes (reference §4 R6, §8):
 * digits, not text; not negative where the field cannot be; whole where it counts things; and no
 * unit inside the cell, since the header fixes the unit. Blank cells are `blank-cell`'s business, a
 * 元 in a 万元 column is `amount-unit`'s.
 */
export const cellValue: RuleModule<Record<string, never>> = {
  meta: {
    id: "cell-value",
    type: "problem",
    description: {
      zh: "表格数值单元格只能写模板要求的数字：阿拉伯数字，不为负，计数为整数，不在单元格里写单位。",
      en: "Table value cells hold only the number the template asks for: digits, not negative, whole when counting, no unit inside the cell.",
    },
    severity: "error",
    fixable: true,
    hasSuggestions: false,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      "not-a-number": {
        zh: "{{cell}} 写的是“{{text}}”，不是数字，无法参与核对。请只写阿拉伯数字（无数据填 0），说明文字写在表外。",
        en: "{{cell}} reads \"{{text}}\", which is not a number and cannot be checked. Write digits only (0 where there is nothing to report) and put any explanation outside the table.",
      },
      negative: {
        zh: "{{cell}} 写的是 {{text}}，是负数；该项是件数或金额，不能小于 0（R6）。请核对后改为实际数字。",
        en: "{{cell}} is {{text}}, a negative number; it is a count or an amount and cannot be below 0 (R6). Check it and write the actual figure.",
      },
      decimal: {
        zh: "{{cell}} 写的是 {{text}}，带有小数；该项是件数，应为整数（R6）。请核对后改为整数。",
        en: "{{cell}} is {{text}}, which has a decimal part; it counts things and must be a whole number (R6). Check it and write a whole number.",
      },
      unit: {
        zh: "{{cell}} 写的是“{{text}}”，单元格里带了单位“{{unit}}”；单位写在表头，单元格只写数字。{{action}}",
        en: "{{cell}} reads \"{{text}}\", with the unit \"{{unit}}\" inside the cell; the unit belongs in the header and the cell holds only the number. {{action}}",
      },
    },
  },
  check(context) {
    const source = context.report.document.source;
    for (const { block, cell } of boundCells(context.report)) {
      const { value, field } = cell;
      if (value.kind === "blank") continue;
      const data = { cell: nameOf(block, cell), text: cell.cell.text };
      const range = cell.cell.contentRange;
      if (value.kind === "text") {
        context.emit({ messageId: "not-a-number", data, range });
        continue;
      }
      const minimum = field.constraints?.minimum;
      if (value.value < 0 && minimum !== undefined && minimum >= 0) context.emit({ messageId: "negative", data, range });
      if (field.type === "integer" && !value.integer) context.emit({ messageId: "decimal", data, range });
      const unit = value.unit;
      if (!unit) continue;
      const own = unit === field.unit;
      if (field.unit && !own && unit === "元") continue;
      const safe = own || (field.type === "integer" && COUNT_WORDS.has(unit));
      const fix = safe ? removeUnit(source, cell, unit) : undefined;
      const action: Localized = safe
        ? { zh: `请删去“${unit}”。`, en: `Remove "${unit}".` }
        : field.unit
          ? { zh: `请删去“${unit}”，并按${field.unit}填写数字。`, en: `Remove "${unit}" and write the figure in ${field.unit}.` }
          : { zh: `请删去“${unit}”；如需注明单位，请写在表头。`, en: `Remove "${unit}"; if the unit needs saying, say it in the header.` };
      context.emit({ messageId: "unit", data: { ...data, unit, action }, range, ...(fix ? { fix } : {}) });
    }
  },
};

/** The cell's text as written, without the unit at its end; none when the unit is not plainly there. */
function removeUnit(source: string, cell: BoundCell, unit: string): Edit | undefined {
  const range = cell.cell.contentRange;
  const written = source.slice(range.start, range.end);
  const stripped = written.replace(new RegExp(`\\s*${unit}\\s*$`, "u"), "");
  if (stripped === written || !stripped) return undefined;
  return { range, text: stripped };
}
