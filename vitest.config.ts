import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    // Builds the CLI and language-server bundles once: test/cli and test/lsp run the built programs.
    globalSetup: ["test/cli/global-setup.ts", "test/lsp/global-setup.ts"],
  },
});
