import type { BoundReport, BoundSection } from "../../bind/types.ts";
import type { Block } from "../../model/document.ts";
import { tableSkeleton } from "../../profiles/skeleton.ts";
import type { Localized, RuleModule } from "../types.ts";
import { tableName } from "./util.ts";
import { NO_OPTIONS } from "../options.ts";

const MISSING: Localized = { zh: "表格缺失，或是以图片粘贴的（E5）", en: "the table is missing or was pasted as an image (E5)" };
const UNRECOGNISED: Localized = {
  zh: "这一节中的表格认不出模板的行列标签",
  en: "the table in that section carries none of the template's row or column labels",
};

/** Every table the template requires is in the report as a table, under its own section (reference §7 E5). */
export const requiredTables: RuleModule<Record<string, never>> = {
  meta: {
    id: "required-tables",
    type: "problem",
    description: {
      zh: "模板要求的每张表格都须以文字表格出现在其所属部分中，不能缺失或以图片代替。",
      en: "Every table the template requires must be in the report as a text table, under its own section, not missing or pasted as an image.",
    },
    severity: "error",
    fixable: false,
    hasSuggestions: true,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      missing: {
        zh: "{{where}}没有可机读的{{table}}：{{reason}}，其中的数字无法核对。请按模板以文字表格填写。",
        en: "No machine-readable copy of {{table}} was found {{where}}: {{reason}}, so its numbers cannot be checked. Write it as a text table in the template's layout.",
      },
      misplaced: {
        zh: "{{table}}写在{{found}}，按模板应在“{{expected}}”一节中。请把表格移到“{{expected}}”下。",
        en: "Found {{table}} {{found}}; the template puts it under \"{{expected}}\". Move the table there.",
      },
      "insert-skeleton": {
        zh: "在“{{section}}”下插入{{table}}的模板（各数字为 0）",
        en: "Insert the template of {{table}} under \"{{section}}\" (every number 0)",
      },
    },
  },
  check(context) {
    const { report } = context;
    const bound = new Set<Block>(report.tables.flatMap((t) => t.sources));
    let sections: Map<Block, BoundSection> | undefined; // which section holds each block, made when first needed
    const sectionOf = (block: Block): BoundSection | undefined => (sections ??= sectionsByBlock(report)).get(block);
    for (const table of report.tables) {
      const def = table.def.def;
      const expected = report.sections.find((s) => s.def.key === def.section);
      const name = tableName(table.def);
      if (table.sources.length === 0) {
        if (!def.required) continue;
        const heading = expected?.heading;
        if (!heading) {
          const title = expected?.def.title ?? def.section;
          context.emit({
            messageId: "missing",
            data: { table: name, where: { zh: `报告中（也没有“${title}”一节）`, en: `in the report (which has no section "${title}" either)` }, reason: MISSING },
            range: { start: 0, end: 0 },
          });
          continue;
        }
        const at = heading.block.range.end;
        const eol = report.document.source.includes("\r\n") ? "\r\n" : "\n";
        context.emit({
          messageId: "missing",
          data: {
            table: name,
            where: { zh: `“${heading.title}”一节中`, en: `under "${heading.title}"` },
            reason: expected.blocks.some((b) => b.kind === "table" && !bound.has(b)) ? UNRECOGNISED : MISSING,
          },
          range: heading.block.range,
          suggest: [
            {
              messageId: "insert-skeleton",
              data: { table: name, section: heading.title },
              edit: { range: { start: at, end: at }, text: `${eol}${eol}${tableSkeleton(table.def).replace(/\n/gu, eol)}` },
            },
          ],
        });
        continue;
      }
      if (!expected?.heading) continue;
      for (const source of table.sources) {
        const found = sectionOf(source);
        if (found === expected) continue;
        context.emit({
          messageId: "misplaced",
          data: { table: name, expected: expected.heading.title, found: describeSection(found) },
          range: source.rows[0]?.range ?? source.range,
        });
      }
    }
  },
};

/** The section each block sits in: one pass, so that finding the sections of many tables stays linear. */
function sectionsByBlock(report: BoundReport): Map<Block, BoundSection> {
  const map = new Map<Block, BoundSection>();
  for (const section of report.sections) for (const block of section.blocks) if (!map.has(block)) map.set(block, section);
  return map;
}

function describeSection(section: BoundSection | undefined): Localized {
  if (!section) return { zh: "各部分之外", en: "outside every section" };
  const title = section.heading?.title ?? section.def.title;
  return { zh: `“${title}”一节中`, en: `under "${title}"` };
}
