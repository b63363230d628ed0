// Builds what the .vsix ships: the extension and the language server as CommonJS bundles (VS Code
// require()s the extension; the client forks the server), and the JSON Schemas that jsonValidation
// points at, copied from the repository's schemas/ so that there is one source for them.
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "../scripts/bundle.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

await Promise.all([
  bundle(join(here, "src/extension.ts"), join(here, "dist/extension.js"), { format: "cjs", external: ["vscode"] }),
  bundle(join(root, "packages/language-server/src/server.ts"), join(here, "dist/server.js"), { format: "cjs" }),
  (async () => {
    await mkdir(join(here, "schemas"), { recursive: true });
    for (const name of ["config.schema.json", "profile.schema.json"]) await copyFile(join(root, "schemas", name), join(here, "schemas", name));
  })(),
]);
