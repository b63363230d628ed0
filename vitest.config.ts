import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    // Builds the CLI bundle once: test/cli runs the built binary.
    globalSetup: ["test/cli/global-setup.ts"],
  },
});
