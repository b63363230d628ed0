import { readFileSync } from "node:fs";
import { lint, lintAndFix } from "../packages/core/src/index.ts";
const [file, only, profile, fix] = process.argv.slice(2);
const text = readFileSync(file!, "utf8");
const opts: any = { ...(profile && profile !== "-" ? { profile } : {}) };
const r = lint(text, opts);
for (const m of r.messages) if (!only || only === "-" || only.split(",").includes(m.ruleId ?? "")) console.log(`${m.line}:${m.column} ${m.ruleId}/${m.messageId} ${m.message}${m.fix ? ` [fix ${JSON.stringify(m.fix.text)}]` : ""}${m.suggestions ? ` [sugg ${m.suggestions.map((s) => JSON.stringify(s.desc + " => " + s.fix.text.slice(0, 60))).join(", ")}]` : ""}`);
if (fix) { const f = lintAndFix(text, opts); console.log("--- after fix:"); for (const m of f.result.messages) if (!only || only==="-" || only.split(",").includes(m.ruleId ?? "")) console.log(`${m.line}:${m.column} ${m.ruleId}/${m.messageId}`); }
