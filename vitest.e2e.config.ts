import { defineConfig } from "vitest/config";

/**
 * The end-to-end tests: real editors (Neovim, VS Code as code-server in Chromium) driving the built
 * language server and extension. `pnpm run test:e2e`; the global setup provisions the tools first
 * (scripts/e2e/tools.mjs) and builds the CLI and the language server.
 */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    globalSetup: ["test/e2e/global-setup.ts", "test/cli/global-setup.ts", "test/lsp/global-setup.ts"],
  },
});
