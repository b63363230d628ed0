import { fold } from "../../labels/normalize.ts";
import type { RuleModule } from "../types.ts";
import { headingRange, partNumber, sectionText } from "./shared.ts";

interface Options {
  /** Fewer meaningful characters (letters and digits) than this is too short to say anything. */
  minLength: number;
}

/** What a section says when it says nothing: 无, 暂无, 没有 (punctuation and spaces ignored). */
const NOTHING = /^(?:本年度|今年|本年)?(?:无|暂无|没有|均无|不涉及)(?:问题|相关情况|此类情况|此情况|需要报告的事项|存在的问题)?$/u;
const MEANINGFUL = /[\p{L}\p{N}]/gu;

/** Sections the profile marks substantive (五、存在的主要问题及改进情况) must say something (reference §2.2, §7 E12). */
export const sectionSubstance: RuleModule<Options> = {
  meta: {
    id: "section-substance",
    type: "suggestion",
    description: {
      zh: "“五、存在的主要问题及改进情况”等部分须有实质内容，不能空着、只写“无”或寥寥数字。",
      en: "Parts such as the one on problems and improvements must say something: not be empty, just “none”, or a few words.",
    },
    severity: "warn",
    fixable: false,
    hasSuggestions: false,
    schema: {
      type: "object",
      additionalProperties: false,
      properties: { minLength: { type: "integer", minimum: 0 } },
    },
    defaultOptions: { minLength: 30 },
    messages: {
      empty: {
        zh: "第{{number}}部分“{{section}}”下没有任何内容。这一部分须写明实际情况，请补充。",
        en: 'Part {{number}}, "{{section}}", is empty. It must describe the actual situation; fill it in.',
      },
      none: {
        zh: "第{{number}}部分“{{section}}”只写了“{{text}}”。这一部分须写明实际情况，不能只写“无”，请补充具体内容。",
        en: 'Part {{number}}, "{{section}}", only says "{{text}}". It must describe the actual situation, not just say there is nothing; fill it in.',
      },
      short: {
        zh: "第{{number}}部分“{{section}}”只有 {{length}} 个字，少于 {{minLength}} 个字，内容过于简略。请写明具体情况。",
        en: 'Part {{number}}, "{{section}}", has only {{length}} characters, fewer than {{minLength}}: too brief to say anything. Describe the actual situation.',
      },
    },
  },
  check(context) {
    for (const section of context.report.sections) {
      if (!section.def.substantive || !section.heading) continue;
      const text = sectionText(section);
      const meaningful = fold(text).match(MEANINGFUL) ?? [];
      const data = { number: partNumber(section.def.ordinal), section: section.def.title };
      const range = headingRange(section.heading);
      if (meaningful.length === 0) context.emit({ messageId: "empty", data, range });
      else if (NOTHING.test(meaningful.join(""))) context.emit({ messageId: "none", data: { ...data, text: text.trim().replace(/\s+/gu, " ") }, range });
      else if (meaningful.length < context.options.minLength) {
        context.emit({ messageId: "short", data: { ...data, length: meaningful.length, minLength: context.options.minLength }, range });
      }
    }
  },
};
