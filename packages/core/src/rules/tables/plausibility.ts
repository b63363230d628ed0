import { relationFailures } from "../../arithmetic/relations.ts";
import type { RuleModule } from "../types.ts";
import { describeFailure } from "./arithmetic.ts";
import { IGNORE_OPTIONS } from "../options.ts";

interface Options {
  /** Relation ids (R10, …) not to check. */
  ignore: string[];
}

/**
 * Relations that hold in the normal course of things but that real events can break: the profile
 * marks them `"rule": "plausibility"` (reference §4 R10). A warning to look again, never a fix.
 */
export const plausibility: RuleModule<Options> = {
  meta: {
    id: "plausibility",
    type: "problem",
    description: {
      zh: "表格数字应合乎常理，例如现行有效件数不少于本年制发件数减本年废止件数；不合常理的数字多为填错。",
      en: "Table numbers should be plausible, e.g. currently valid at least issued minus repealed this year; implausible numbers are usually mistakes.",
    },
    severity: "warn",
    fixable: false,
    hasSuggestions: false,
    schema: IGNORE_OPTIONS,
    defaultOptions: { ignore: [] },
    messages: {
      implausible: {
        zh: "{{cell}} 写的是 {{written}}，应{{operator}}{{explain}} {{computed}}（{{id}}：{{relation}}）。{{blanks}}修订或清理可能使其不成立，请核对。",
        en: "{{cell}} is {{written}}; it should be {{operator}} {{explain}}, {{computed}} ({{id}}: {{relation}}). {{blanks}}Revisions or clean-ups can make this legitimately false; check the figures.",
      },
    },
  },
  check(context) {
    for (const table of context.report.tables) {
      for (const failure of relationFailures(table, "plausibility", context.options.ignore)) {
        context.emit({ messageId: "implausible", data: describeFailure(failure), range: failure.target.cell.contentRange });
      }
    }
  },
};
