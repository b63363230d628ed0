import type { SectionHeading } from "../../bind/types.ts";
import type { RuleModule } from "../types.ts";
import { headingRange, partNumber } from "./shared.ts";
import { NO_OPTIONS } from "../options.ts";

type Options = Record<string, never>;

/**
 * Reports the sections that break template order (reference §7 E9). The headings kept are the longest
 * run already in template order; every other heading is out of place, so one misplaced section gives
 * one finding, not one per section after it.
 */
export const sectionOrder: RuleModule<Options> = {
  meta: {
    id: "section-order",
    type: "problem",
    description: {
      zh: "各部分须按模板顺序（一至六）排列。",
      en: "The parts must follow the template's order (一 to 六).",
    },
    severity: "error",
    fixable: false,
    hasSuggestions: false,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      "out-of-order": {
        zh: "第{{number}}部分“{{title}}”位置不对：按模板顺序，它应在“{{anchor}}”{{position}}。请把这一部分移到正确位置。",
        en: 'Part {{number}}, "{{title}}", is out of place: in template order it comes {{position}} "{{anchor}}". Move it there.',
      },
    },
  },
  check(context) {
    const headings = context.report.sectionHeadings.filter((h) => h.def && !h.duplicate);
    const kept = longestOrderedRun(headings);
    const run = headings.filter((_, i) => kept.has(i));
    headings.forEach((heading, i) => {
      if (kept.has(i)) return;
      const ordinal = heading.def!.ordinal;
      const after = run.filter((h) => h.def!.ordinal < ordinal).at(-1);
      const before = run.find((h) => h.def!.ordinal > ordinal);
      const anchor = after ?? before;
      if (!anchor) return;
      context.emit({
        messageId: "out-of-order",
        data: {
          number: partNumber(ordinal),
          title: heading.def!.title,
          anchor: anchor.def!.title,
          position: after ? { zh: "之后", en: "after" } : { zh: "之前", en: "before" },
        },
        range: headingRange(heading),
      });
    });
  },
};

/**
 * Indices of a longest subsequence with strictly increasing ordinals. Among equally long runs it
 * prefers the smaller ordinals, so in 一 三 二 四 it keeps 二 and reports 三.
 */
export function longestOrderedRun(headings: SectionHeading[]): Set<number> {
  const ordinals = headings.map((h) => h.def!.ordinal);
  const length: number[] = [];
  const previous: number[] = [];
  for (let i = 0; i < ordinals.length; i++) {
    length[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      if (ordinals[j]! >= ordinals[i]!) continue;
      const better = length[j]! + 1 > length[i]! || (length[j]! + 1 === length[i]! && ordinals[j]! < ordinals[previous[i]!]!);
      if (better) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < ordinals.length; i++) {
    if (end < 0 || length[i]! > length[end]! || (length[i] === length[end] && ordinals[i]! < ordinals[end]!)) end = i;
  }
  const kept = new Set<number>();
  for (let i = end; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}
