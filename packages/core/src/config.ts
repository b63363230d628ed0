import type { RuleModule, SeverityName } from "./rules/types.ts";

export type SeverityValue = SeverityName | 0 | 1 | 2;
export type RuleSetting = SeverityValue | [SeverityValue] | [SeverityValue, Record<string, unknown>];
export type RulesConfig = Record<string, RuleSetting>;

export interface ResolvedRule {
  rule: RuleModule<any>;
  severity: 1 | 2;
  options: Record<string, unknown>;
}

export function severityOf(value: SeverityValue): 0 | 1 | 2 {
  if (value === "off" || value === 0) return 0;
  if (value === "warn" || value === 1) return 1;
  return 2;
}

/**
 * Every rule is on at its default severity unless the configuration says otherwise. Options are
 * merged over the rule's defaults one level deep, so `{deadlines: {township: "02-20"}}` keeps the
 * other deadlines.
 */
export function resolveRules(rules: ReadonlyMap<string, RuleModule<any>>, config: RulesConfig = {}): ResolvedRule[] {
  const resolved: ResolvedRule[] = [];
  for (const [id, rule] of rules) {
    const setting = config[id];
    const value = Array.isArray(setting) ? setting[0] : setting;
    const severity = severityOf(value ?? rule.meta.severity);
    if (severity === 0) continue;
    const own = Array.isArray(setting) ? (setting[1] ?? {}) : {};
    resolved.push({ rule, severity, options: mergeOptions(rule.meta.defaultOptions, own) });
  }
  return resolved;
}

function mergeOptions(defaults: Record<string, unknown>, own: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(own)) {
    const base = defaults[key];
    out[key] = isPlainObject(base) && isPlainObject(value) ? { ...base, ...value } : value;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
