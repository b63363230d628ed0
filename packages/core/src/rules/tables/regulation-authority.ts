import { rowName } from "../../bind/names.ts";
import { formatNumber } from "../../arithmetic/relations.ts";
import type { RuleModule } from "../types.ts";
import { nameOf } from "./util.ts";

interface Options {
  /** Issuer levels that cannot have anything in the profile's restricted rows; replaces the profile's list. */
  levels?: string[];
}

/**
 * Some rows must be 0 for some issuers: townships and sub-districts do not make 规章 (立法法 arts.
 * 80/82; reference §4 R11, §7 E11). The profile lists the levels per row (`zeroForIssuerLevels`).
 */
export const regulationAuthority: RuleModule<Options> = {
  meta: {
    id: "regulation-authority",
    type: "problem",
    description: {
      zh: "无权制定某类文件的机关（如乡镇、街道不制定规章），其表格中对应一行应全部为 0。",
      en: "An issuer without the power to make a kind of document (townships do not make 规章) reports 0 throughout its row.",
    },
    severity: "warn",
    fixable: false,
    hasSuggestions: false,
    schema: {
      type: "object",
      additionalProperties: false,
      properties: { levels: { type: "array", items: { type: "string" }, uniqueItems: true } },
    },
    defaultOptions: {},
    messages: {
      nonzero: {
        zh: "{{issuer}}属于{{level}}，无权制定{{row}}，“{{row}}”一行应全部为 0（R11），但 {{cell}} 写的是 {{written}}。请核对是否把其他文件（如行政规范性文件或上级文件）计入了这一行。",
        en: "{{issuer}} is a {{level}}, which does not make {{row}}; the row \"{{row}}\" should be 0 throughout (R11), but {{cell}} is {{written}}. Check whether other documents (normative documents, or a superior's) were counted in this row.",
      },
    },
  },
  check(context) {
    const { metadata } = context.report;
    const level = metadata.issuerLevel;
    if (!level) return;
    const issuer = metadata.issuer?.value ?? { zh: "本机关", en: "The issuer" };
    for (const table of context.report.tables) {
      for (const block of table.blocks) {
        for (const row of block.rows) {
          const restricted = row.def.zeroForIssuerLevels;
          if (!restricted) continue;
          if (!(context.options.levels ?? restricted).includes(level.level)) continue;
          const cell = block.def.columns.map((c) => row.cells.get(c.key)).find((c) => c?.value.kind === "number" && c.value.value !== 0);
          if (!cell || cell.value.kind !== "number") continue;
          context.emit({
            messageId: "nonzero",
            data: { issuer, level: level.name, row: rowName(row.def), cell: nameOf(block, cell), written: formatNumber(cell.value.value) },
            range: cell.cell.contentRange,
          });
        }
      }
    }
  },
};
