#!/usr/bin/env node
// Trivial on purpose: the command lives in the bundle built from src/ by `pnpm run build`.
try {
  await import("../dist/reportlint.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("reportlint.js")) throw error;
  process.stderr.write("reportlint: the command is not built yet: run `pnpm run build` first\n");
  process.exitCode = 2;
}
