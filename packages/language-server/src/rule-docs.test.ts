import { describe, expect, it } from "vitest";
import { docsUrlOf, openDocsAction, openRuleDocs } from "./rule-docs.ts";

const URL = "https://github.com/reportlint/reportlint/blob/main/docs/rules/arithmetic.md";
const diagnostic = { range: { start: { line: 76, character: 10 }, end: { line: 76, character: 14 } }, message: "m", source: "reportlint", code: "arithmetic" };

describe("rule documentation", () => {
  it("offers a quick fix that runs reportlint.server.openRuleDocs with the rule's page", () => {
    expect(openDocsAction("arithmetic", diagnostic, false)).toEqual({
      title: "查看规则 arithmetic 的说明",
      kind: "quickfix",
      diagnostics: [diagnostic],
      command: { title: "查看规则 arithmetic 的说明", command: "reportlint.server.openRuleDocs", arguments: [{ url: URL }] },
    });
    expect(openDocsAction("arithmetic", diagnostic, true)?.title).toBe("Show documentation for arithmetic");
    expect(openDocsAction("internal-error", diagnostic, false)).toBeUndefined();
  });

  it("takes the page from { url } or from a rule id, and nothing else", () => {
    expect(docsUrlOf({ url: URL })).toBe(URL);
    expect(docsUrlOf("arithmetic")).toBe(URL);
    expect(docsUrlOf("no-such-rule")).toBeUndefined();
    expect(docsUrlOf({ url: "file:///etc/passwd" })).toBeUndefined();
    expect(docsUrlOf(undefined)).toBeUndefined();
  });

  it("asks the client to show the page, and logs it when the client cannot or would not", async () => {
    const shown: string[] = [];
    const logged: string[] = [];
    await openRuleDocs({ url: URL }, { showDocument: async (uri) => (shown.push(uri), true), log: (t) => logged.push(t) });
    expect([shown, logged]).toEqual([[URL], []]);
    await openRuleDocs("arithmetic", { showDocument: async () => false, log: (t) => logged.push(t) });
    await openRuleDocs("arithmetic", { log: (t) => logged.push(t) });
    await openRuleDocs(42, { log: (t) => logged.push(t) });
    expect(logged).toEqual([
      `reportlint: rule documentation: ${URL}`,
      `reportlint: rule documentation: ${URL}`,
      "reportlint: reportlint.server.openRuleDocs: no rule documentation for 42",
    ]);
  });
});
