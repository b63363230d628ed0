/**
 * Writes the generated schema validators (scripts/validators.ts). Run after changing a schema or a rule:
 *   scripts/run-ts.sh scripts/build-validators.ts        (or: pnpm run build:schema)
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { generatedValidators } from "./validators.ts";

// run-ts.sh bundles this script into a temporary directory: paths are taken from the repository root.
for (const { path, code } of generatedValidators()) {
  writeFileSync(resolve(path), code);
  process.stdout.write(`wrote ${path} (${(code.length / 1024).toFixed(0)} KB)\n`);
}
