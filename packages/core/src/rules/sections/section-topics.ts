import { fold } from "../../labels/normalize.ts";
import type { RuleModule } from "../types.ts";
import { headingRange, partNumber, sectionText } from "./shared.ts";
import { IGNORE_OPTIONS } from "../options.ts";

interface Options {
  /** Topic keys not to check (`on-request`, `fee`, …). */
  ignore: string[];
}

/**
 * Checks that each section covers the topics the profile lists for it: the five topics of 一、总体情况
 * and the 信息处理费 in 六、其他需要报告的事项 (reference §2.2, §7 E13, R14).
 */
export const sectionTopics: RuleModule<Options> = {
  meta: {
    id: "section-topics",
    type: "suggestion",
    description: {
      zh: "各部分应涵盖模板要求的内容：总体情况须涉及主动公开、依申请公开、政府信息管理、平台建设、监督保障；其他需要报告的事项须说明信息处理费收取情况。",
      en: "Each part should cover what the template asks of it: the overview its five topics, the last part the information processing fee.",
    },
    severity: "warn",
    fixable: false,
    hasSuggestions: false,
    schema: IGNORE_OPTIONS,
    defaultOptions: { ignore: [] },
    messages: {
      "missing-topic": {
        zh: "第{{number}}部分“{{section}}”没有提到“{{topic}}”。模板要求这一部分涵盖{{topic}}方面的情况，请补充相关内容。",
        en: 'Part {{number}}, "{{section}}", does not mention "{{topic}}", which the template expects it to cover. Add a passage on it.',
      },
      "missing-fee": {
        zh: "第{{number}}部分“{{section}}”未说明信息处理费的收取情况（收取金额，或未收取）。请补充说明，如“本年度未收取信息处理费”。",
        en: 'Part {{number}}, "{{section}}", does not say whether information processing fees were charged (the amount, or that none were). Add a sentence stating it.',
      },
    },
  },
  check(context) {
    const ignore = new Set(context.options.ignore);
    for (const section of context.report.sections) {
      const topics = section.def.topics ?? [];
      if (!section.heading || topics.length === 0) continue;
      const text = fold(sectionText(section));
      for (const topic of topics) {
        if (ignore.has(topic.key)) continue;
        if (topic.patterns.some((p) => fold(p) !== "" && text.includes(fold(p)))) continue;
        context.emit({
          messageId: topic.key === "fee" ? "missing-fee" : "missing-topic",
          data: { number: partNumber(section.def.ordinal), section: section.def.title, topic: topic.label },
          range: headingRange(section.heading),
        });
      }
    }
  },
};
