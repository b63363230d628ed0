import { reportYear, type Located } from "../../metadata/extract.ts";
import type { SourceRange } from "../../model/document.ts";
import type { Localized, RuleModule } from "../types.ts";
import { describeDate } from "./shared.ts";
import { NO_OPTIONS } from "../options.ts";

/**
 * The title's year, the front matter's `year` and the stated statistics period must name one
 * statistics year, and the period must be that calendar year (reference §6, E17).
 */
export const reportYearRule: RuleModule<Record<string, never>> = {
  meta: {
    id: "report-year",
    type: "problem",
    description: {
      zh: "标题中的年份、文首元数据的 year 与正文所述统计期限须为同一年度，统计期限须为一个完整的自然年度。",
      en: "The title's year, the front matter's year and the stated statistics period must agree, and the period must be one calendar year.",
    },
    severity: "error",
    fixable: false,
    hasSuggestions: false,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      "title-vs-front-matter": {
        zh: "标题写的是 {{title}} 年，文首元数据 year 写的是 {{year}} 年，二者应为同一统计年度。请改正写错的一处。",
        en: "The title says {{title}} but the front matter's year is {{year}}; both must be the statistics year. Correct the wrong one.",
      },
      "period-vs-title": {
        zh: "统计期限为{{period}}，与标题中的 {{title}} 年不一致，二者应为同一统计年度。请改正写错的一处。",
        en: "The statistics period is {{period}}, which does not match the year {{title}} in the title; both must be the statistics year. Correct the wrong one.",
      },
      "period-vs-front-matter": {
        zh: "统计期限为{{period}}，与文首元数据 year 的 {{year}} 年不一致，二者应为同一统计年度。请改正写错的一处。",
        en: "The statistics period is {{period}}, which does not match the front matter's year {{year}}; both must be the statistics year. Correct the wrong one.",
      },
      "period-not-one-year": {
        zh: "统计期限为{{period}}，应为一个完整的自然年度，即自{{year}}年1月1日至{{year}}年12月31日。请改正统计期限。",
        en: "The statistics period is {{period}}; it must be one calendar year, {{year}}-01-01 to {{year}}-12-31. Correct the period.",
      },
    },
  },
  check(context) {
    const { metadata } = context.report;
    const { titleYear, year, period } = metadata;
    /** The later of two values in the source: where the disagreement is found. */
    const later = (a: Located<unknown>, b: Located<unknown>): SourceRange => (a.range.start >= b.range.start ? a.range : b.range);

    if (titleYear && year && titleYear.value !== year.value) {
      context.emit({ messageId: "title-vs-front-matter", data: { title: titleYear.value, year: year.value }, range: later(titleYear, year) });
    }
    if (!period) return;
    const { from, to, start, end } = period.value;
    const text = describePeriod(start, end);
    if (from !== to || !start.endsWith("-01-01") || !end.endsWith("-12-31")) {
      context.emit({ messageId: "period-not-one-year", data: { period: text, year: reportYear(metadata) ?? to }, range: period.range });
      if (from !== to) return;
    }
    if (titleYear) {
      if (titleYear.value !== from) {
        context.emit({ messageId: "period-vs-title", data: { period: text, title: titleYear.value }, range: later(period, titleYear) });
      }
    } else if (year && year.value !== from) {
      context.emit({ messageId: "period-vs-front-matter", data: { period: text, year: year.value }, range: later(period, year) });
    }
  },
};

function describePeriod(start: string, end: string): Localized {
  const a = describeDate(start);
  const b = describeDate(end);
  return { zh: `自${a.zh}至${b.zh}`, en: `${a.en} to ${b.en}` };
}
