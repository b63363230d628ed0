import { reportYear } from "../../metadata/extract.ts";
import type { Localized, RuleModule } from "../types.ts";
import { describeYears, firstTableRow, fitsYear, quote } from "./shared.ts";
import { NO_OPTIONS } from "../options.ts";

/**
 * The statistics year decides the template (reference §1.2, §5.4): ≤2018 the pre-2019 format,
 * 2019–2020 the 2019 trial format, 2021 onward the 2021 format. A report whose tables follow another
 * template than its year calls for is an error (E10).
 */
export const templateVersion: RuleModule<Record<string, never>> = {
  meta: {
    id: "template-version",
    type: "problem",
    description: {
      zh: "报告须采用其统计年度适用的模板：2018 年及以前为旧格式，2019—2020 年为 2019 年试行格式，2021 年起为 2021 年格式。",
      en: "A report must follow the template its statistics year calls for: the old format up to 2018, the 2019 trial format for 2019–2020, the 2021 format from 2021.",
    },
    severity: "error",
    fixable: false,
    hasSuggestions: false,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      "wrong-template": {
        zh: "统计年度为 {{year}} 年，应采用{{expected}}，但报告的表格采用的是{{template}}（适用于 {{years}}）。请按{{expected}}重新编制表格；如年度写错，请改正年度。",
        en: "The statistics year is {{year}}, which calls for {{expected}}, but the report's tables follow {{template}} (for {{years}}). Redo the tables in {{expected}}, or correct the year if it is wrong.",
      },
      "no-template": {
        zh: "统计年度为 {{year}} 年，没有哪个已知模板适用于该年度，而报告的表格采用的是{{template}}（适用于 {{years}}）。请核对统计年度，或为该年度配置模板。",
        en: "The statistics year is {{year}}, which no known template is for, and the report's tables follow {{template}} (for {{years}}). Check the year, or configure a template for it.",
      },
    },
  },
  check(context) {
    const { detection, profile, metadata } = context.report;
    const year = reportYear(metadata);
    if (year === undefined) return;
    // With no template labels (by year or by default) nothing says which template the report follows.
    if (detection.by !== "signals" && detection.by !== "forced") return;
    if (fitsYear(profile.years, year)) return;

    const range = metadata.titleYear?.range ??
      firstTableRow(context.report) ??
      metadata.year?.range ??
      metadata.period?.range ?? { start: 0, end: 0 };
    const data = { year, template: quote(profile.name), years: describeYears(profile.years) };
    const due = detection.candidates.filter((c) => fitsYear(c.years, year));
    const starts = detection.candidates.flatMap((c) => (c.years.from !== undefined ? [c.years.from] : []));
    const earliest = starts.length === detection.candidates.length && starts.length > 0 ? Math.min(...starts) : undefined;

    let expected: Localized | undefined;
    if (due.length > 0) {
      const names = due.map((c) => quote(c.name));
      expected = { zh: names.map((n) => n.zh).join("或"), en: names.map((n) => n.en).join(" or ") };
    } else if (earliest !== undefined && year < earliest) {
      expected = { zh: `${earliest} 年以前的旧格式`, en: `the old format used before ${earliest}` };
    }
    if (expected) context.emit({ messageId: "wrong-template", data: { ...data, expected }, range });
    else context.emit({ messageId: "no-template", data, range });
  },
};
