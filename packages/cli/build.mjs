// Bundles the CLI (core, config, commander, ajv, picocolors, tinyglobby, mammoth) into dist/reportlint.js,
// and its worker thread into dist/worker.js next to it: the bundle finds the worker by a path relative
// to itself (new URL("./worker.js", import.meta.url)), wherever the package is installed.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../../scripts/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
await Promise.all([bundle(join(here, "src/main.ts"), join(here, "dist/reportlint.js")), bundle(join(here, "src/worker.ts"), join(here, "dist/worker.js"))]);
