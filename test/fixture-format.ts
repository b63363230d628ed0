/**
 * Fixtures carry their expectations, markdownlint style, in a comment anywhere in the file:
 *
 *   <!-- reportlint-fixture
 *   profile: gov-annual-2019                 (optional: force a profile)
 *   only: arithmetic, blank-cell             (optional: compare only these rules' messages)
 *   rules: {"publication-deadline": "off"}   (optional: rule configuration, JSON)
 *   expect:
 *   45:78 arithmetic
 *   46:3 blank-cell
 *   -->
 *
 * A fixture with an empty `expect:` passes every rule it is checked against. A message that no rule
 * gives (a problem the adapter met reading the input) is written with its message id: `12:1 split-numbers`.
 */
import { existsSync, readFileSync } from "node:fs";
import type { RulesConfig } from "../packages/core/src/index.ts";

export interface FixtureSpec {
  profile?: string;
  only?: string[];
  rules?: RulesConfig;
  expect: { line: number; column: number; ruleId: string }[];
}

const BLOCK = /<!--\s*reportlint-fixture\s*\n([\s\S]*?)-->/u;

export function readFixtureSpec(text: string): FixtureSpec | undefined {
  const m = BLOCK.exec(text);
  if (!m) return undefined;
  const spec: FixtureSpec = { expect: [] };
  let inExpect = false;
  for (const raw of m[1]!.split(/\r?\n/u)) {
    const line = raw.trim();
    if (!line) continue;
    if (inExpect) {
      const e = /^(\d+):(\d+)\s+(\S+)$/u.exec(line);
      if (!e) throw new Error(`bad expectation line "${line}"`);
      spec.expect.push({ line: Number(e[1]), column: Number(e[2]), ruleId: e[3]! });
      continue;
    }
    const kv = /^(\w+):\s*(.*)$/u.exec(line);
    if (!kv) throw new Error(`bad fixture header line "${line}"`);
    const [, key, value] = kv;
    if (key === "expect") inExpect = true;
    else if (key === "profile") spec.profile = value!;
    else if (key === "only") spec.only = value!.split(/[\s,]+/u).filter(Boolean);
    else if (key === "rules") spec.rules = JSON.parse(value!) as RulesConfig;
    else throw new Error(`unknown fixture header "${key}"`);
  }
  return spec;
}

/** The fixture's expectations: from its own text, else from its sidecar `<file>.expect`. */
export function readFixtureSpecFor(file: string, text: string): FixtureSpec | undefined {
  const own = readFixtureSpec(text);
  if (own) return own;
  const sidecar = `${file}.expect`;
  return existsSync(sidecar) ? readFixtureSpec(readFileSync(sidecar, "utf8")) : undefined;
}
