import { formatNumber } from "../../arithmetic/relations.ts";
import type { RuleModule } from "../types.ts";
import { boundCells, cellEdit, nameOf } from "./util.ts";

interface Options {
  /** Above this a value is implausible in the field's unit; replaces the profile's `plausibleMaximum`. */
  maximum?: number;
}

/** Yuan in one unit of each money unit a template may fix. */
const YUAN: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

/**
 * Amounts are in the unit the template fixes (table 二 (八): 万元). A value written with 元, or one
 * too large to be in 万元, was most likely written in 元 (reference §4 R13, §7 E14).
 */
export const amountUnit: RuleModule<Options> = {
  meta: {
    id: "amount-unit",
    type: "problem",
    description: {
      zh: "金额须以模板规定的单位（如万元）填写；写了“元”或数量级明显不合理的金额多半是单位填错了。",
      en: "Amounts must be in the unit the template fixes (e.g. 万元); a value written with 元, or of an implausible magnitude, is usually in the wrong unit.",
    },
    severity: "warn",
    fixable: false,
    hasSuggestions: true,
    schema: {
      type: "object",
      additionalProperties: false,
      properties: { maximum: { type: "number", exclusiveMinimum: 0 } },
    },
    defaultOptions: {},
    messages: {
      yuan: {
        zh: "{{cell}} 写的是“{{text}}”，以元计；该列以{{unit}}为单位（R13）。{{detail}}请改为以{{unit}}计的数字，不带单位。",
        en: "{{cell}} reads \"{{text}}\", in yuan; the column is in {{unit}} (R13). {{detail}}Write the figure in {{unit}}, without a unit.",
      },
      magnitude: {
        zh: "{{cell}} 写的是 {{written}} {{unit}}{{equivalent}}，超出合理上限 {{maximum}} {{unit}}（R13）。{{detail}}请核对单位。",
        en: "{{cell}} is {{written}} {{unit}}{{equivalent}}, above the plausible maximum of {{maximum}} {{unit}} (R13). {{detail}}Check the unit.",
      },
      convert: { zh: "改为 {{converted}}（{{unit}}）", en: "Change it to {{converted}} ({{unit}})" },
    },
  },
  check(context) {
    for (const { block, cell } of boundCells(context.report)) {
      const { value, field } = cell;
      const unit = field.unit;
      if (!unit || value.kind !== "number") continue;
      const perUnit = YUAN[unit];
      const converted = perUnit ? formatNumber(value.value / perUnit) : undefined;
      const suggest = converted ? [{ messageId: "convert", data: { converted, unit }, edit: cellEdit(cell, converted) }] : [];
      const base = { cell: nameOf(block, cell), text: cell.cell.text, unit };
      if (value.unit === "元" && unit !== "元") {
        const detail = converted ? { zh: `以${unit}计为 ${converted}。`, en: `In ${unit} that is ${converted}. ` } : "";
        context.emit({ messageId: "yuan", data: { ...base, detail }, range: cell.cell.contentRange, suggest });
        continue;
      }
      const maximum = context.options.maximum ?? field.plausibleMaximum;
      if (maximum === undefined || value.value <= maximum) continue;
      const written = formatNumber(value.value);
      const equivalent = perUnit ? { zh: `，即 ${formatNumber((value.value * perUnit) / 1e8)} 亿元`, en: `, i.e. ${formatNumber((value.value * perUnit) / 1e8)} 亿元` } : "";
      const detail = converted && perUnit !== 1
        ? { zh: `这很可能是以元填写的数字，以${unit}计应为 ${converted}。`, en: `It was probably written in yuan: in ${unit} it would be ${converted}. ` }
        : "";
      context.emit({
        messageId: "magnitude",
        data: { ...base, written, maximum: formatNumber(maximum), equivalent, detail },
        range: cell.cell.contentRange,
        ...(perUnit !== 1 ? { suggest } : {}),
      });
    }
  },
};
