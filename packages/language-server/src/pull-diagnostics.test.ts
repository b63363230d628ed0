import { describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver/node";
import { clientPulls, diagnosticReport } from "./pull-diagnostics.ts";

const one: Diagnostic[] = [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } }, message: "m", source: "reportlint", code: "arithmetic" }];

describe("pull diagnostics", () => {
  it("are used when the client declares textDocument.diagnostic", () => {
    expect(clientPulls({ textDocument: { diagnostic: { dynamicRegistration: true } } })).toBe(true);
    expect(clientPulls({ textDocument: {} })).toBe(false);
    expect(clientPulls({})).toBe(false);
  });

  it("answer a full report whose result id is the version and a fingerprint of the diagnostics", () => {
    const report = diagnosticReport(3, one, undefined);
    expect(report).toEqual({ kind: "full", resultId: expect.stringMatching(/^3:[\w-]{12}$/u), items: one });
    expect(diagnosticReport(3, one, "2:whatever")).toEqual(report);
  });

  it("answer unchanged when the client already has that result", () => {
    const { resultId } = diagnosticReport(3, one, undefined);
    expect(diagnosticReport(3, one, resultId)).toEqual({ kind: "unchanged", resultId });
  });

  it("give a new result id for another version, or for other diagnostics of the same version (a configuration changed)", () => {
    const { resultId } = diagnosticReport(3, one, undefined);
    expect(diagnosticReport(4, one, resultId).kind).toBe("full");
    expect(diagnosticReport(3, [], resultId)).toEqual({ kind: "full", resultId: expect.stringMatching(/^3:/u), items: [] });
    expect(diagnosticReport(3, [], resultId).resultId).not.toBe(resultId);
  });
});
