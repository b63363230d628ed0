import { reportYear } from "../../metadata/extract.ts";
import type { Localized, RuleModule } from "../types.ts";
import { daysBetween, daysInMonth, describeDate } from "./shared.ts";

type Level = "department" | "government" | "township";

interface Options {
  /** Per issuer level, the last day of publication in the year after the statistics year, as MM-DD. */
  deadlines: Record<Level, string>;
}

/** 条例 art. 49: departments by 1月31日, the 本级政府 report of a 县级以上地方人民政府 by 3月31日. */
const STATUTORY: Record<Exclude<Level, "township">, string> = { department: "01-31", government: "03-31" };
const MONTH_DAY = "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

/**
 * The report must be published by the deadline for its issuer's level (reference §6, E1). Townships
 * and sub-districts are not named in art. 49: their deadline is configurable.
 */
export const publicationDeadline: RuleModule<Options> = {
  meta: {
    id: "publication-deadline",
    type: "problem",
    description: {
      zh: "年度报告须按期发布：政府部门于次年1月31日前，县级以上地方人民政府本级报告于次年3月31日前；乡镇、街道的期限可配置（默认1月31日）。",
      en: "The report must be published on time: departments by 31 January of the next year, the own report of a local government at county level or above by 31 March; the deadline of townships is configurable (31 January by default).",
    },
    severity: "warn",
    fixable: false,
    hasSuggestions: false,
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        deadlines: {
          type: "object",
          additionalProperties: false,
          properties: {
            department: { type: "string", pattern: MONTH_DAY },
            government: { type: "string", pattern: MONTH_DAY },
            township: { type: "string", pattern: MONTH_DAY },
          },
        },
      },
    },
    defaultOptions: { deadlines: { department: "01-31", government: "03-31", township: "01-31" } },
    messages: {
      late: {
        zh: "发布日期为 {{date}}，晚于{{level}}的发布期限 {{deadline}}（{{basis}}），逾期 {{days}} 天。请核对发布日期；确属逾期的，今后应按期发布。",
        en: "The publication date is {{date}}, after the deadline for a {{level}}, {{deadline}} ({{basis}}): {{days}} days late. Check the date; if it is right, publish on time in future.",
      },
      "late-township": {
        zh: "发布日期为 {{date}}，晚于{{level}}的发布期限 {{deadline}}，逾期 {{days}} 天。《条例》第四十九条未规定乡镇、街道的发布期限，此期限取自配置（deadlines.township，默认01-31），可按当地要求调整。请核对发布日期；确属逾期的，今后应按期发布。",
        en: "The publication date is {{date}}, after the deadline for a {{level}}, {{deadline}}: {{days}} days late. Article 49 of the Regulations names no deadline for townships; this one is configured (deadlines.township, 01-31 by default) and can follow local rules. Check the date; if it is right, publish on time in future.",
      },
      "too-early": {
        zh: "发布日期为 {{date}}，早于统计年度 {{year}} 年结束（{{yearEnd}}），年度报告不可能在此之前发布。请核对发布日期或统计年度。",
        en: "The publication date is {{date}}, not after the end of the statistics year {{year}} ({{yearEnd}}); an annual report cannot be published before the year ends. Check the date or the statistics year.",
      },
    },
  },
  check(context) {
    const { metadata } = context.report;
    const year = reportYear(metadata);
    const published = metadata.published;
    if (year === undefined || !published) return;
    const date = published.value;
    const yearEnd = `${year}-12-31`;
    if (date <= yearEnd) {
      context.emit({ messageId: "too-early", data: { date: describeDate(date), year, yearEnd: describeDate(yearEnd) }, range: published.range });
      return;
    }
    const level = metadata.issuerLevel;
    if (!level || !isLevel(level.level)) return;
    const monthDay = context.options.deadlines[level.level];
    if (!monthDay || !new RegExp(MONTH_DAY, "u").test(monthDay)) return;
    const deadline = deadlineDate(year + 1, monthDay);
    const days = daysBetween(deadline, date);
    if (days <= 0) return;
    const data = { date: describeDate(date), deadline: describeDate(deadline), days, level: level.name };
    if (level.level === "township") {
      context.emit({ messageId: "late-township", data, range: published.range });
    } else {
      const basis: Localized =
        STATUTORY[level.level] === monthDay
          ? { zh: "《条例》第四十九条", en: "article 49 of the Regulations" }
          : { zh: "按配置", en: "as configured" };
      context.emit({ messageId: "late", data: { ...data, basis }, range: published.range });
    }
  },
};

function isLevel(level: string): level is Level {
  return level === "department" || level === "government" || level === "township";
}

/** MM-DD of `year` as YYYY-MM-DD; a day past the month's end (02-30) means its last day. */
function deadlineDate(year: number, monthDay: string): string {
  const [m, d] = monthDay.split("-").map(Number);
  const day = Math.min(d!, daysInMonth(year, m!));
  return `${year}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
