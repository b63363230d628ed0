// Development aid: prints how a report binds to its profile.
import { readFileSync } from "node:fs";
import { bindReport, createProfileRegistry, DEFAULT_PROFILE_ID, parseMarkdown } from "../packages/core/src/index.ts";

const file = process.argv[2]!;
const report = bindReport(parseMarkdown(readFileSync(file, "utf8")), createProfileRegistry(), { defaultProfile: DEFAULT_PROFILE_ID });
console.log("profile", report.detection, "meta", JSON.stringify(report.metadata));
for (const s of report.sections) console.log("section", s.def.key, s.heading?.title, s.heading?.match, s.blocks.length);
for (const t of report.tables) {
  console.log("table", t.def.def.id, "sources", t.sources.length, "in", t.sectionKey);
  for (const b of t.blocks) console.log("  block", b.def.def.key, b.found, "cols", b.columns.map((c) => `${c.def.key}@${c.index}`).join(","), "rows", b.rows.length, b.rows.map((r) => `${r.def.key}=${[...r.cells.values()].map((c) => (c.value.kind === "number" ? c.value.value : c.value.kind)).join("/")}`).join(" "));
  for (const p of t.problems) console.log("  problem", p.kind, "text" in p ? p.text : "", "row" in p ? p.row.key : "", "column" in p ? p.column.key : "");
}
