// Bundles the CLI (core, config, commander, ajv, picocolors, tinyglobby, mammoth) into dist/reportlint.js.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../../scripts/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
await bundle(join(here, "src/main.ts"), join(here, "dist/reportlint.js"));
