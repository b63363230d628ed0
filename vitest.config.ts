import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "extension/src/**/*.test.ts", "test/**/*.test.ts"],
    // The end-to-end tests (real editors) have their own config and step: vitest.e2e.config.ts.
    exclude: [...configDefaults.exclude, "test/e2e/**"],
    testTimeout: 30_000,
    // Builds the CLI and language-server bundles once: test/cli and test/lsp run the built programs.
    globalSetup: ["test/cli/global-setup.ts", "test/lsp/global-setup.ts"],
  },
});
