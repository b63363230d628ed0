import type { RuleModule } from "../types.ts";
import { headingRange, headingTextRange, partNumber } from "./shared.ts";
import { NO_OPTIONS } from "../options.ts";

type Options = Record<string, never>;

/** Warns about section titles that differ from the template's (reference §2.1, §7 E9). */
export const sectionTitle: RuleModule<Options> = {
  meta: {
    id: "section-title",
    type: "suggestion",
    description: {
      zh: "各部分标题应与模板一致，如“四、政府信息公开行政复议、行政诉讼情况”。",
      en: "Part titles should be worded as in the template.",
    },
    severity: "warn",
    fixable: false,
    hasSuggestions: true,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      variant: {
        zh: "标题“{{found}}”是第{{number}}部分的另一种写法，模板标题为“{{title}}”。请改用模板标题。",
        en: 'The heading "{{found}}" is another wording of part {{number}}; the template\'s title is "{{title}}". Use the template\'s title.',
      },
      ordinal: {
        zh: "标题“{{found}}”只有编号与模板一致，按编号视为第{{number}}部分“{{title}}”。请改用模板标题。",
        en: 'Only the number of the heading "{{found}}" matches the template; it is taken as part {{number}}, "{{title}}". Use the template\'s title.',
      },
      replace: {
        zh: "将标题改为“{{title}}”",
        en: 'Change the heading to "{{title}}"',
      },
    },
  },
  check(context) {
    for (const heading of context.report.sectionHeadings) {
      const { def, match } = heading;
      if (!def || (match !== "variant" && match !== "ordinal")) continue;
      const data = { found: heading.title, number: partNumber(def.ordinal), title: def.title };
      context.emit({
        messageId: match,
        data,
        range: headingRange(heading),
        suggest: [{ messageId: "replace", data, edit: { range: headingTextRange(heading.block), text: def.title } }],
      });
    }
  },
};
