#!/usr/bin/env node
// Trivial on purpose: the command lives in the bundle built from src/ by `pnpm run build`. CommonJS,
// as the launcher is, because Node starts a CommonJS entry about 5 ms sooner than an ES module.
try {
  require.resolve("../dist/reportlint.cjs");
} catch {
  process.stderr.write("reportlint: the command is not built yet: run `pnpm run build` first\n");
  process.exit(2);
}
require("../dist/reportlint.cjs");
