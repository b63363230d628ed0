/**
 * The options schema of a rule whose only option is `ignore`: the ids of what it should not check
 * (relation ids such as R1, topic keys such as fee).
 */
export const IGNORE_OPTIONS = {
  type: "object",
  additionalProperties: false,
  properties: { ignore: { type: "array", items: { type: "string" }, uniqueItems: true } },
} as const;

/** The options schema of a rule that takes no options. */
export const NO_OPTIONS = { type: "object", additionalProperties: false, properties: {} } as const;
