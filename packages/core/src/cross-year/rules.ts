import { NO_OPTIONS } from "../rules/options.ts";
import type { RuleModule } from "../rules/types.ts";

/**
 * The cross-year checks compare two reports, so they cannot run inside one document: their `check`
 * does nothing, and `checkAcrossYears` does the work over a whole run. They are registered as rules
 * all the same, so that configuration turns them off or changes their severity per directory, and
 * so that they have docs pages, SARIF entries and bilingual messages like every other rule.
 */
export const crossYearCarryover: RuleModule = {
  meta: {
    id: "cross-year-carryover",
    type: "problem",
    description: {
      zh: "同一机关相邻两年的报告中，本年“二、上年结转政府信息公开申请数量”须逐列等于上年“四、结转下年度继续办理”；同一机关同一年度不应有两份报告（警告）。",
      en: "For the same issuer in consecutive years, this year's carried-in requests must equal last year's carried-out requests, column by column; one issuer should have one report per year (a warning).",
    },
    severity: "error",
    fixable: false,
    hasSuggestions: false,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      mismatch: {
        zh: "{{cell}} 写的是 {{written}}，应等于上年报告 {{otherFile}} 第 {{otherLine}} 行“四、结转下年度继续办理”同一列的 {{expected}}（R8：本年上年结转等于上年结转下年度继续办理）。",
        en: "{{cell}} is {{written}}; it should equal {{expected}}, the carried-out figure in the same column of last year's report {{otherFile}} (line {{otherLine}}) (R8: carried in this year equals carried out last year).",
      },
      duplicate: {
        zh: "本报告与 {{otherFile}}（第 {{otherLine}} 行）是同一机关（{{issuer}}）同一年度（{{year}}）的报告；跨年度核对只用其中按路径排序在前的一份，请删去重复的一份。",
        en: "This report and {{otherFile}} (line {{otherLine}}) are both reports of {{issuer}} for {{year}}; cross-year checks use only the first by path. Remove the duplicate.",
      },
    },
  },
  check() {},
};

export const crossYearInForce: RuleModule = {
  meta: {
    id: "cross-year-in-force",
    type: "problem",
    description: {
      zh: "同一机关相邻两年的报告中，本年现行有效件数应等于上年现行有效件数加本年制发件数减本年废止件数。",
      en: "For the same issuer in consecutive years, currently valid this year should equal last year's currently valid plus issued minus repealed this year.",
    },
    severity: "warn",
    fixable: false,
    hasSuggestions: false,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      mismatch: {
        zh: "{{cell}} 写的是 {{written}}，按上年报告 {{otherFile}} 第 {{otherLine}} 行的现行有效件数 {{previous}} 加本年制发件数 {{issued}} 减本年废止件数 {{repealed}}，应为 {{expected}}（R9）。修改、清理可能使其不成立，请核对。",
        en: "{{cell}} is {{written}}; last year's report {{otherFile}} (line {{otherLine}}) gives {{previous}} currently valid, plus {{issued}} issued minus {{repealed}} repealed this year makes {{expected}} (R9). Amendments and clean-ups can make this legitimately false; check the figures.",
      },
    },
  },
  check() {},
};

export const crossYearRules = [crossYearCarryover, crossYearInForce];
export const CROSS_YEAR_RULE_IDS = ["cross-year-carryover", "cross-year-in-force"] as const;
export type CrossYearRuleId = (typeof CROSS_YEAR_RULE_IDS)[number];
