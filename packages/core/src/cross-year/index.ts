export { checkAcrossYears, type CrossYearOptions, type YearFile } from "./check.ts";
export { factCells, FIGURE_STRIDE, normalizeIssuer, yearFacts, type FactCell, type FactPlace, type YearFacts } from "./facts.ts";
export { CROSS_YEAR_RULE_IDS, crossYearRules, type CrossYearRuleId } from "./rules.ts";
