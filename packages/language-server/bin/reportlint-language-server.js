#!/usr/bin/env node
// Trivial on purpose: the server lives in the bundle built from src/ by `pnpm run build`.
try {
  await import("../dist/server.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("server.js")) throw error;
  process.stderr.write("reportlint-language-server: the server is not built yet: run `pnpm run build` first\n");
  process.exitCode = 2;
}
