import { builtinRules } from "./index.ts";

/** Each rule's page is docs/rules/<id>.md in the repository (test/rules-meta.test.ts checks that it exists). */
const RULE_DOCS_BASE = "https://github.com/reportlint/reportlint/blob/main/docs/rules/";

/** The address of a built-in rule's documentation; undefined for an id that is not a rule (a core message id). */
export function ruleDocsUrl(ruleId: string): string | undefined {
  return builtinRules.has(ruleId) ? `${RULE_DOCS_BASE}${ruleId}.md` : undefined;
}
