import { describe, expect, it } from "vitest";
import { ruleDocsUrl } from "./docs.ts";

describe("ruleDocsUrl", () => {
  it("points a rule at its page under docs/rules in the repository", () => {
    expect(ruleDocsUrl("arithmetic")).toBe("https://github.com/reportlint/reportlint/blob/main/docs/rules/arithmetic.md");
    expect(ruleDocsUrl("blank-cell")).toBe("https://github.com/reportlint/reportlint/blob/main/docs/rules/blank-cell.md");
  });

  it("has no page for what is not a rule", () => {
    expect(ruleDocsUrl("internal-error")).toBeUndefined();
    expect(ruleDocsUrl("arithmatic")).toBeUndefined();
  });
});
