import { readFileSync } from "node:fs";
import { lint, lintAndFix, builtinRules } from "../packages/core/src/index.ts";
const base = readFileSync("fixtures/samples/huaian-2024.md", "utf8");
const scen: [string, string, [string, string][], any?][] = JSON.parse(readFileSync(process.argv[2]!, "utf8"));
for (const [name, rule, edits, extra] of scen) {
  let code = base;
  for (const [a, b] of edits) { if (!code.includes(a)) { console.log("!! not found", a); } code = code.replace(a, b); }
  const rules: any = {}; for (const id of builtinRules.keys()) rules[id] = "off"; rules[rule] = extra?.options ? ["warn", extra.options] : "warn";
  const opts: any = { rules, ...(extra?.profile ? { profile: extra.profile } : {}), locale: extra?.locale ?? "zh" };
  console.log(`=== ${name}`);
  for (const m of lint(code, opts).messages) console.log(`${m.line}:${m.column} ${m.ruleId}/${m.messageId} ${m.message}${m.fix ? ` [fix ${JSON.stringify(m.fix.text)}]` : ""}${m.suggestions ? ` [sugg ${m.suggestions.map((s) => JSON.stringify(s.desc + " => " + s.fix.text.slice(0, 40))).join(", ")}]` : ""}`);
  const f = lintAndFix(code, opts); if (f.fixed) { console.log("  after fix remaining:", f.result.messages.map(m=>`${m.line}:${m.column} ${m.messageId}`).join(" ")); }
}
