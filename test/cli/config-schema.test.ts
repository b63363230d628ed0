import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { buildConfigSchema } from "../../packages/config/src/index.ts";
import { builtinRules } from "../../packages/core/src/index.ts";
import { ROOT } from "./helpers.ts";

describe("schemas/config.schema.json", () => {
  const generated = buildConfigSchema(builtinRules);

  it("is the file generated from the built-in rules (run `pnpm run build:schema` after changing a rule)", () => {
    const committed = readFileSync(join(ROOT, "schemas", "config.schema.json"), "utf8");
    expect(committed, "schemas/config.schema.json is out of date: run `pnpm run build:schema`").toBe(`${JSON.stringify(generated, null, 2)}\n`);
  });

  it("names every rule with its options schema, and accepts each rule's defaults", () => {
    const validate = new Ajv({ strict: true, strictTuples: false }).compile(generated);
    const rules = (generated.properties as { rules: { properties: Record<string, unknown> } }).rules.properties;
    expect(Object.keys(rules).sort()).toEqual([...builtinRules.keys()].sort());
    for (const [id, rule] of builtinRules) {
      for (const setting of ["off", "warn", "error", 0, 1, 2, [rule.meta.severity], [rule.meta.severity, rule.meta.defaultOptions]]) {
        expect(validate({ rules: { [id]: setting } }), `${id}: ${JSON.stringify(setting)}`).toBe(true);
      }
    }
    expect(validate({ rules: { "no-such-rule": "warn" } })).toBe(false);
  });
});
