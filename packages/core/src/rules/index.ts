import { crossYearRules } from "../cross-year/rules.ts";
import { metadataRules } from "./metadata/index.ts";
import { sectionsRules } from "./sections/index.ts";
import { tablesRules } from "./tables/index.ts";
import type { RuleModule } from "./types.ts";

export const builtinRules: ReadonlyMap<string, RuleModule<any>> = new Map(
  [...sectionsRules, ...tablesRules, ...metadataRules, ...crossYearRules].map((rule) => [rule.meta.id, rule]),
);
