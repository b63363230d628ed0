import { builtinRules, ruleDocsUrl } from "@reportlint/core";

/** SARIF's reportingDescriptor, as far as reportlint fills it in. */
export interface SarifRule {
  id: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level: "error" | "warning" };
  properties?: { tags: string[] };
}

/**
 * The descriptor of every built-in rule, in the registry's order, whether it reported anything or
 * not: a rule keeps its index from run to run, and a viewer can show what was checked. Descriptions
 * are the rules' English ones (GitHub shows `shortDescription` as an alert's title); `helpUri` is the
 * rule's page; the default level is the rule's default severity (a result's `level` says what the
 * configuration made of it).
 */
export function builtinRuleDescriptors(): SarifRule[] {
  return [...builtinRules.values()].map(({ meta }) => {
    const helpUri = ruleDocsUrl(meta.id);
    return {
      id: meta.id,
      shortDescription: { text: shortDescription(meta.description.en) },
      fullDescription: { text: meta.description.en },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: meta.severity === "error" ? "error" : "warning" },
      properties: { tags: [meta.type] },
    };
  });
}

/**
 * The first clause of a rule's description, without its examples: parentheses dropped, cut at the
 * first colon or semicolon. "Table numbers must satisfy the template's relations: parts add up …"
 * becomes "Table numbers must satisfy the template's relations."
 */
export function shortDescription(description: string): string {
  const clause = description
    .replace(/\s*\([^()]*\)/gu, "")
    .split(/[:;]\s/u)[0]!
    .trim()
    .replace(/[.,]$/u, "");
  return `${clause}.`;
}
