import { describe, expect, it } from "vitest";
import type { RulesConfig, SeverityValue } from "../config.ts";
import { lint, lintAndFix, type LintMessage } from "../linter.ts";
import type { TextFormat } from "../adapters/index.ts";
import { builtinRules } from "../rules/index.ts";
import type { Locale } from "../rules/types.ts";

export interface ValidCase {
  name?: string;
  code: string;
  /** The format of `code`; Markdown by default. */
  format?: TextFormat;
  options?: Record<string, unknown>;
  profile?: string;
  locale?: Locale;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Substring the formatted message must contain. */
  message?: string;
  /** Text of the safe fix, when the rule offers one here. */
  fix?: string;
  /** Texts of the suggestions offered, in order. */
  suggestions?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The text after `--fix`, when the rule fixes; omit to assert nothing is fixed. */
  output?: string;
}

/**
 * ESLint's RuleTester for reportlint: each case runs the whole linter with only the rule under test
 * switched on, and asserts the exact message ids, lines and columns.
 */
export class RuleTester {
  run(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    const rule = builtinRules.get(ruleId);
    describe(ruleId, () => {
      it("exists", () => expect(rule, `rule ${ruleId}`).toBeDefined());
      cases.valid.forEach((c, i) => {
        it(`valid #${i + 1}${c.name ? `: ${c.name}` : ""}`, () => {
          const messages = run(ruleId, c);
          expect(messages.map(describeMessage)).toEqual([]);
        });
      });
      cases.invalid.forEach((c, i) => {
        it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ""}`, () => {
          const messages = run(ruleId, c);
          expect(messages.map((m) => pick(m, c.errors[messages.indexOf(m)]))).toEqual(c.errors);
          const fixed = lintAndFix(c.code, optionsFor(ruleId, c)).output;
          expect(fixed).toBe(c.output ?? c.code);
        });
      });
    });
  }
}

function optionsFor(ruleId: string, c: ValidCase) {
  const rules: RulesConfig = {};
  for (const id of builtinRules.keys()) rules[id] = "off";
  const severity: SeverityValue = builtinRules.get(ruleId)?.meta.severity ?? "error";
  rules[ruleId] = c.options ? [severity, c.options] : severity;
  return { rules, ...(c.profile ? { profile: c.profile } : {}), ...(c.format ? { format: c.format } : {}), locale: c.locale ?? ("zh" as const) };
}

function run(ruleId: string, c: ValidCase): LintMessage[] {
  return lint(c.code, optionsFor(ruleId, c)).messages;
}

function describeMessage(m: LintMessage): string {
  return `${m.line}:${m.column} ${m.ruleId ?? "(core)"}/${m.messageId}: ${m.message}`;
}

/** Compares only what the expectation states, so that each case says exactly what it cares about. */
function pick(m: LintMessage, expected: ExpectedError | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { messageId: m.messageId, line: m.line, column: m.column };
  if (expected?.endLine !== undefined) out.endLine = m.endLine;
  if (expected?.endColumn !== undefined) out.endColumn = m.endColumn;
  if (expected?.message !== undefined) out.message = m.message.includes(expected.message) ? expected.message : m.message;
  if (expected?.fix !== undefined) out.fix = m.fix?.text;
  if (expected?.suggestions !== undefined) out.suggestions = (m.suggestions ?? []).map((s) => s.fix.text);
  return out;
}

