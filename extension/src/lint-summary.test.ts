import { describe, expect, it } from "vitest";
import { readLintSummary } from "./lint-summary.ts";

describe("readLintSummary", () => {
  it("reads the four counts of the server's answer", () => {
    expect(readLintSummary({ files: 12, reports: 3, errors: 2, warnings: 7, extra: true })).toEqual({ files: 12, reports: 3, errors: 2, warnings: 7 });
  });

  it("refuses an answer it cannot read rather than show wrong numbers", () => {
    for (const answer of [null, undefined, 3, "done", {}, { files: 1, reports: 1, errors: 0 }, { files: "1", reports: 1, errors: 0, warnings: 0 }, { files: -1, reports: 0, errors: 0, warnings: 0 }, { files: 1.5, reports: 0, errors: 0, warnings: 0 }]) {
      expect(readLintSummary(answer), JSON.stringify(answer)).toBeUndefined();
    }
  });
});
