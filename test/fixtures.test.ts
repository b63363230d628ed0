import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRules, CROSS_YEAR_RULE_IDS, decodeText, formatOfPath, lint, lintAndFix, type TextFormat } from "../packages/core/src/index.ts";
import { readFixtureSpecFor } from "./fixture-format.ts";

const root = join(import.meta.dirname, "..", "fixtures");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : textFormatOf(path) ? [path] : [];
  });
}

/** The format a fixture is linted as, from its extension; undefined for files that are not text reports. */
function textFormatOf(path: string): TextFormat | undefined {
  const format = formatOfPath(path);
  return format === "docx" ? undefined : format;
}

const files = walk(root);

/** A fixture's text, decoded as the CLI decodes files: fixtures/encodings holds reports in GB18030. */
function readFixture(file: string): string {
  const decoded = decodeText(readFileSync(file));
  if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
  return decoded.text;
}

describe("fixtures", () => {
  for (const file of files) {
    const text = readFixture(file);
    const spec = readFixtureSpecFor(file, text);
    if (!spec) continue;
    const name = relative(root, file);
    const options = { format: textFormatOf(file)!, ...(spec.profile ? { profile: spec.profile } : {}), ...(spec.rules ? { rules: spec.rules } : {}) };
    const keep = (ruleId: string | null): boolean => !spec.only || (ruleId !== null && spec.only.includes(ruleId));

    it(`${name}: reports exactly what it expects`, () => {
      const actual = lint(text, options)
        .messages.filter((m) => keep(m.ruleId))
        .map((m) => `${m.line}:${m.column} ${m.ruleId ?? m.messageId}`);
      const expected = spec.expect.map((e) => `${e.line}:${e.column} ${e.ruleId}`);
      expect(actual.sort()).toEqual(expected.sort());
    });

    it(`${name}: after --fix, nothing fixable is left`, () => {
      const { result } = lintAndFix(text, options);
      expect(result.messages.filter((m) => m.fix).map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([]);
    });
  }

  it("every rule has a fixture that breaks it and one that passes it", () => {
    const broken = new Set<string>();
    const passing = new Set<string>();
    for (const file of files) {
      const spec = readFixtureSpecFor(file, readFixture(file));
      if (!spec) continue;
      for (const e of spec.expect) broken.add(e.ruleId);
      const checked = spec.only ?? [...builtinRules.keys()];
      for (const id of checked) if (!spec.expect.some((e) => e.ruleId === id)) passing.add(id);
    }
    // The cross-year rules compare two files; one fixture cannot break them (their fixtures are
    // pairs in fixtures/cross-year/, tested in packages/core/src/cross-year and test/cli/cross-year.test.ts).
    const rules = [...builtinRules.keys()].filter((id) => !(CROSS_YEAR_RULE_IDS as readonly string[]).includes(id));
    expect(rules.filter((id) => !broken.has(id))).toEqual([]);
    expect(rules.filter((id) => !passing.has(id))).toEqual([]);
  });
});
