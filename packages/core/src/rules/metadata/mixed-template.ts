import type { RuleModule } from "../types.ts";
import { quote } from "./shared.ts";
import { NO_OPTIONS } from "../options.ts";

/**
 * A table whose own labels belong to another template than the rest of the report (reference §5.4,
 * E10): the 2021 table 二 with the 2019 table 三, or the reverse.
 */
export const mixedTemplate: RuleModule<Record<string, never>> = {
  meta: {
    id: "mixed-template",
    type: "problem",
    description: {
      zh: "同一份报告的各表格须采用同一模板，不得把 2021 年格式的表格与 2019 年试行格式的表格混用。",
      en: "All tables of a report must follow one template: do not mix tables of the 2021 format with tables of the 2019 trial format.",
    },
    severity: "warn",
    fixable: false,
    hasSuggestions: false,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      mixed: {
        zh: "表格“{{table}}”的标签属于{{other}}，而报告采用的是{{template}}：同一份报告混用了两种模板。请按统计年度适用的模板统一全部表格。",
        en: 'The labels of table "{{table}}" belong to {{other}}, while the report follows {{template}}: the report mixes two templates. Make every table follow the template the statistics year calls for.',
      },
    },
  },
  check(context) {
    const { detection, profile } = context.report;
    for (const entry of detection.mixed) {
      const other = detection.candidates.find((c) => c.id === entry.profileId);
      const title = profile.tables.find((t) => t.def.id === entry.table)?.def.title;
      context.emit({
        messageId: "mixed",
        data: {
          table: title ?? entry.table,
          other: quote(other?.name ?? { zh: entry.profileId, en: entry.profileId }),
          template: quote(profile.name),
        },
        range: entry.range,
      });
    }
  },
};
