import { labelKey } from "../../labels/normalize.ts";
import type { SourceRange } from "../../model/document.ts";
import type { Localized, RuleModule } from "../types.ts";
import { headingOrdinal, headingRange, lineOf, partNumber, sectionHeadingDepth } from "./shared.ts";
import { NO_OPTIONS } from "../options.ts";

type Options = Record<string, never>;

/** Reports missing, repeated and unknown top-level sections (reference §2.1, §7 E9). */
export const requiredSections: RuleModule<Options> = {
  meta: {
    id: "required-sections",
    type: "problem",
    description: {
      zh: "报告须包含模板规定的每一个部分（一至六），每部分只出现一次，不得多出模板没有的部分。",
      en: "The report must have every part the template requires (一 to 六), each once, and no part the template lacks.",
    },
    severity: "error",
    fixable: false,
    hasSuggestions: true,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      missing: {
        zh: "缺少第{{number}}部分“{{title}}”。请按模板补上这一部分。",
        en: 'Part {{number}}, "{{title}}", is missing. Add it as the template lays it out.',
      },
      duplicate: {
        zh: "第{{number}}部分“{{title}}”重复出现：第 {{firstLine}} 行已有这一部分的标题。请把两处内容合并到一个标题下。",
        en: 'Part {{number}}, "{{title}}", appears twice: line {{firstLine}} already has its heading. Merge the two under one heading.',
      },
      unexpected: {
        zh: "标题“{{found}}”按部分的格式编号，但不是模板中的任何一个部分（{{reason}}）。请把这段内容并入相应部分，或改为下级标题。",
        en: 'The heading "{{found}}" is numbered like a part of the report, but it is none of the template\'s parts ({{reason}}). Move its content into the right part, or make it a sub-heading.',
      },
      insert: {
        zh: "插入标题“{{title}}”",
        en: 'Insert the heading "{{title}}"',
      },
    },
  },
  check(context) {
    const { report } = context;
    const { source } = report.document;
    const depth = sectionHeadingDepth(report);

    report.sections.forEach((section, i) => {
      if (!section.def.required || section.heading) return;
      const next = report.sections.slice(i + 1).find((s) => s.heading);
      const at = next ? next.heading!.block.range.start : source.length;
      const range: SourceRange = { start: at, end: at };
      const heading = `${"#".repeat(depth)} ${section.def.title}`;
      const text = next ? `${heading}\n\n` : `${separatorAtEnd(source)}${heading}\n`;
      const data = { number: partNumber(section.def.ordinal), title: section.def.title };
      context.emit({ messageId: "missing", data, range, suggest: [{ messageId: "insert", data, edit: { range, text } }] });
    });

    for (const heading of report.sectionHeadings) {
      if (heading.def && heading.duplicate) {
        const first = report.sections.find((s) => s.def.key === heading.def!.key)?.heading;
        context.emit({
          messageId: "duplicate",
          data: {
            number: partNumber(heading.def.ordinal),
            title: heading.def.title,
            firstLine: first ? lineOf(source, first.block.range.start) : "?",
          },
          range: headingRange(heading),
        });
      } else if (!heading.def) {
        const ordinal = headingOrdinal(labelKey(heading.title).enumerator);
        const taken = ordinal === undefined ? undefined : report.sections.find((s) => s.def.ordinal === ordinal && s.heading);
        const reason: Localized = taken
          ? {
              zh: `第${partNumber(ordinal!).zh}部分已有标题“${taken.heading!.title}”`,
              en: `part ${ordinal} already has the heading "${taken.heading!.title}"`,
            }
          : {
              zh: `模板共${partNumber(report.profile.sections.length).zh}个部分`,
              en: `the template has ${report.profile.sections.length} parts`,
            };
        context.emit({ messageId: "unexpected", data: { found: heading.title, reason }, range: headingRange(heading) });
      }
    }
  },
};

/** Blank lines to put before a heading appended at the end of the text. */
function separatorAtEnd(source: string): string {
  if (source.length === 0 || source.endsWith("\n\n")) return "";
  return source.endsWith("\n") ? "\n" : "\n\n";
}
