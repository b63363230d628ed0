// Bundles the language server (core, vscode-languageserver) into dist/server.js.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../../scripts/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
await bundle(join(here, "src/server.ts"), join(here, "dist/server.js"));
