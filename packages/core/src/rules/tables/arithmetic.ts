import { relationFailures, formatNumber, type RelationInstance } from "../../arithmetic/relations.ts";
import type { Localized, RuleModule } from "../types.ts";
import { cellEdit, nameOf, writtenText } from "./util.ts";
import { IGNORE_OPTIONS } from "../options.ts";

interface Options {
  /** Relation ids (R1, R2, …) not to check. */
  ignore: string[];
}

const OPERATOR: Record<string, Localized> = {
  "==": { zh: "等于", en: "equal to" },
  ">=": { zh: "不小于", en: "at least" },
  "<=": { zh: "不大于", en: "at most" },
  ">": { zh: "大于", en: "greater than" },
  "<": { zh: "小于", en: "less than" },
};

/** Reports every relation the profile declares for its tables (reference §4 R1, R2, R3, R3b, R5). */
export const arithmetic: RuleModule<Options> = {
  meta: {
    id: "arithmetic",
    type: "problem",
    description: {
      zh: "表格数字须满足模板规定的勾稽关系：各项之和等于总计，第一项加第二项等于第三项加第四项。",
      en: "Table numbers must satisfy the template's relations: parts add up to their totals, new plus carried in equals resolved plus carried out.",
    },
    severity: "error",
    fixable: false,
    hasSuggestions: true,
    schema: IGNORE_OPTIONS,
    defaultOptions: { ignore: [] },
    messages: {
      mismatch: {
        zh: "{{cell}} 写的是 {{written}}，但{{explain}}为 {{computed}}（{{id}}：{{relation}}）。{{blanks}}请核对各项数字，或将其改为 {{computed}}。",
        en: "{{cell}} is {{written}}, but {{explain}} is {{computed}} ({{id}}: {{relation}}). {{blanks}}Check the figures, or change it to {{computed}}.",
      },
      bound: {
        zh: "{{cell}} 写的是 {{written}}，应{{operator}}{{explain}} {{computed}}（{{id}}：{{relation}}）。{{blanks}}请核对各项数字。",
        en: "{{cell}} is {{written}}; it should be {{operator}} {{explain}}, {{computed}} ({{id}}: {{relation}}). {{blanks}}Check the figures.",
      },
      replace: { zh: "将 {{cell}} 改为 {{computed}}", en: "Change {{cell}} to {{computed}}" },
    },
  },
  check(context) {
    for (const table of context.report.tables) {
      for (const failure of relationFailures(table, "arithmetic", context.options.ignore)) report(context, failure);
    }
  },
};

/** Message data for a failed relation: the cell, both values, the relation, and which blanks counted as 0. */
export function describeFailure(failure: RelationInstance): Record<string, string | number | Localized> {
  const { relation, block, target } = failure;
  const blankList = failure.blanks.map((cell) => nameOf(block, cell)).join("、");
  return {
    cell: nameOf(block, target),
    written: target.value.kind === "blank" ? writtenText(target) : formatNumber(failure.written),
    computed: formatNumber(failure.computed),
    explain: relation.def.explain,
    relation: relation.def.name,
    id: relation.def.id,
    operator: OPERATOR[relation.op]!,
    blanks: blankList ? { zh: `其中空白单元格 ${blankList} 按 0 计。`, en: `Blank cells ${blankList} were counted as 0. ` } : "",
  };
}

function report(context: Parameters<RuleModule<Options>["check"]>[0], failure: RelationInstance): void {
  const data = describeFailure(failure);
  const { target } = failure;
  if (failure.relation.op !== "==") {
    context.emit({ messageId: "bound", data, range: target.cell.contentRange });
    return;
  }
  context.emit({
    messageId: "mismatch",
    data,
    range: target.cell.contentRange,
    suggest: [{ messageId: "replace", data, edit: cellEdit(target, String(data.computed)) }],
  });
}
