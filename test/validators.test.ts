import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedValidators } from "../scripts/validators.ts";

describe("generated schema validators", () => {
  it.each(generatedValidators().map((v) => [v.path, v.code] as const))("%s is what ajv generates now (run `pnpm run build:schema` after changing a schema or a rule)", (path, code) => {
    expect(readFileSync(join(import.meta.dirname, "..", path), "utf8"), `${path} is out of date: run \`pnpm run build:schema\``).toBe(code);
  });
});
