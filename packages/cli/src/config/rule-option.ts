import type { RulesConfig } from "@reportlint/core";
import { parseJson } from "@reportlint/config";
import { CliError } from "../errors.ts";

/**
 * Reads the values of repeated `--rule` options into one rules object. Each value is either a JSON
 * object (`{"arithmetic": "warn"}`) or `id: setting`, where the setting is JSON
 * (`arithmetic: ["error", {"ignore": ["R5"]}]`) or a bare severity (`arithmetic: off`).
 * The result is validated with the configuration schema by the caller.
 */
export function parseRuleOptions(values: readonly string[]): RulesConfig {
  const rules: Record<string, unknown> = {};
  for (const raw of values) {
    const value = raw.trim();
    if (value.startsWith("{")) {
      const parsed = parseJson(value, "--rule");
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new CliError(`--rule: expected a JSON object, got ${value}`);
      Object.assign(rules, parsed);
      continue;
    }
    const m = /^([^:\s]+)\s*:\s*(\S[\s\S]*)$/u.exec(value);
    if (!m) throw new CliError(`--rule: expected "rule-id: severity" or a JSON object, got "${raw}"`);
    const setting = m[2]!.trim();
    rules[m[1]!] = /^[[{"\d-]/u.test(setting) ? parseJson(setting, "--rule") : setting;
  }
  return rules as RulesConfig;
}
