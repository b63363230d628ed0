import type { RuleModule } from "@reportlint/core";

export const SEVERITY_VALUES = ["off", "warn", "error", 0, 1, 2] as const;
export const RECOMMENDED = "reportlint:recommended";

/**
 * The JSON Schema of a configuration file, generated from the rules as markdownlint generates its
 * own: every rule id is a property whose value is a severity or `[severity, options]`, with the
 * rule's own options schema. `scripts/build-config-schema.ts` writes it to
 * schemas/config.schema.json for editors; the CLI validates with the same object.
 */
export function buildConfigSchema(rules: ReadonlyMap<string, RuleModule<any>>): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const id of [...rules.keys()].sort()) {
    const { meta } = rules.get(id)!;
    ruleProperties[id] = {
      description: `${meta.description.zh}\n${meta.description.en}`,
      default: meta.severity,
      anyOf: [
        { $ref: "#/definitions/severity" },
        {
          type: "array",
          items: [{ $ref: "#/definitions/severity" }, meta.schema],
          minItems: 1,
          additionalItems: false,
        },
      ],
    };
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "reportlint configuration",
    description:
      "reportlint.config.json, .reportlintrc.json, or the \"reportlint\" key of package.json. Generated from the built-in rules by scripts/build-config-schema.ts: do not edit by hand.",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      extends: {
        description: `A configuration to start from: a path relative to this file, or "${RECOMMENDED}" (every rule at its default). Later entries override earlier ones; this file overrides them all.`,
        anyOf: [
          { type: "string", minLength: 1 },
          { type: "array", items: { type: "string", minLength: 1 } },
        ],
      },
      profile: {
        description:
          "The report profile to check against: a built-in id (gov-annual-2021, gov-annual-2019) or the path of a profile JSON file relative to this file. Without it the profile is detected from the report.",
        type: "string",
        minLength: 1,
      },
      locale: { description: "Language of the messages.", enum: ["zh", "en"] },
      files: {
        description:
          "Glob patterns, relative to this file's directory, of documents that are reports even when reportlint does not recognise one in them: the language server lints them as reports (the command line lints every file it is given anyway).",
        type: "array",
        items: { type: "string", minLength: 1 },
      },
      rules: {
        description: 'Rule settings by rule id: a severity ("off", "warn", "error", 0, 1, 2) or [severity, options].',
        type: "object",
        additionalProperties: false,
        properties: ruleProperties,
      },
    },
    definitions: {
      severity: {
        description: '"off" or 0, "warn" or 1, "error" or 2.',
        enum: [...SEVERITY_VALUES],
      },
    },
  };
}
