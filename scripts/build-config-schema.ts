/**
 * Writes schemas/config.schema.json from the built-in rules (every rule id with its options schema,
 * as markdownlint generates its own). Run after adding or changing a rule:
 *   scripts/run-ts.sh scripts/build-config-schema.ts        (or: pnpm run build:schema)
 * `--check` only compares and exits 1 when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { builtinRules } from "../packages/core/src/index.ts";
import { buildConfigSchema } from "../packages/config/src/index.ts";

// run-ts.sh bundles this script into a temporary directory, so paths are taken from the repository
// root, where the script is run from.
const path = resolve("schemas/config.schema.json");
const text = `${JSON.stringify(buildConfigSchema(builtinRules), null, 2)}\n`;

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {
    // missing: out of date
  }
  if (current !== text) {
    process.stderr.write("schemas/config.schema.json is out of date: run scripts/run-ts.sh scripts/build-config-schema.ts\n");
    process.exitCode = 1;
  }
} else {
  writeFileSync(path, text);
  process.stdout.write(`wrote schemas/config.schema.json (${builtinRules.size} rules)\n`);
}
