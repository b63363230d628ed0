import type { LabelRef } from "../../bind/types.ts";
import type { Localized, RuleModule } from "../types.ts";
import { blockName } from "./util.ts";
import { NO_OPTIONS } from "../options.ts";

const KIND: Record<"caption" | "column" | "row", Localized> = {
  caption: { zh: "标题行", en: "caption" },
  column: { zh: "列标题", en: "column header" },
  row: { zh: "行标签", en: "row label" },
};

/**
 * Captions, column headers and row labels are written as in the template. An accepted variant (an
 * alias such as 现行有效件, another enumerator, an added 的) binds, and is reported here; differences
 * of width, spacing and enumerator punctuation (1、 for 1.) are not differences at all (reference §8).
 */
export const tableLabels: RuleModule<Record<string, never>> = {
  meta: {
    id: "table-labels",
    type: "suggestion",
    description: {
      zh: "表格的标题行、列标题和行标签应使用模板原文；可识别的变体写法会被指出。",
      en: "Table captions, column headers and row labels should use the template's wording; recognised variants are reported.",
    },
    severity: "warn",
    fixable: false,
    hasSuggestions: true,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      variant: {
        zh: "{{where}}的{{kind}}写作“{{text}}”，模板原文是“{{expected}}”。已按“{{expected}}”识别；请改用模板原文。",
        en: "In {{where}}, the {{kind}} reads \"{{text}}\"; the template says \"{{expected}}\". It was read as \"{{expected}}\"; use the template's wording.",
      },
      replace: { zh: "改为“{{expected}}”", en: "Change it to \"{{expected}}\"" },
    },
  },
  check(context) {
    for (const table of context.report.tables) {
      for (const block of table.blocks) {
        const where = blockName(block.def, table.def);
        const refs: [keyof typeof KIND, LabelRef | undefined][] = [
          ["caption", block.caption],
          ...block.columns.map((c) => ["column", c.header] as [keyof typeof KIND, LabelRef | undefined]),
          ...block.rows.map((r) => ["row", r.label] as [keyof typeof KIND, LabelRef | undefined]),
          ...block.groupLabels.map((label) => ["row", label] as [keyof typeof KIND, LabelRef | undefined]),
        ];
        for (const [kind, ref] of refs) {
          if (!ref || ref.level !== "variant") continue;
          const data = { where, kind: KIND[kind], text: ref.text, expected: ref.expected };
          context.emit({
            messageId: "variant",
            data,
            range: ref.range,
            suggest: [{ messageId: "replace", data, edit: { range: ref.range, text: ref.expected } }],
          });
        }
      }
    }
  },
};
