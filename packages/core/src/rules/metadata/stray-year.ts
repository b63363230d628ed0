import type { BoundReport } from "../../bind/types.ts";
import { reportYear } from "../../metadata/extract.ts";
import type { HeadingBlock, ParagraphBlock, SourceRange } from "../../model/document.ts";
import { sourceRange } from "../../text/text-content.ts";
import type { RuleModule } from "../types.ts";
import { quotedMask } from "./shared.ts";
import { NO_OPTIONS } from "../options.ts";

/** A year written with four digits and followed by 年 (2023年, 2023 年度). */
const YEAR = /(?<![\d０-９.．\-/])((?:19|20)\d{2})(?=\s*年)/gu;
const CLAUSE_END = /[，。；：！？,;:!?\n]/u;
const SENTENCE_END = /[。；！？!?\n]/u;
/** A span of years, 2023年12月至2024年3月 or 2021—2025年. */
const YEAR_SPAN =
  /((?:19|20)\d{2})\s*(?:年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:底|末|初)?)?\s*起?\s*(?:至|到|—{1,2}|–|-|－|~|～)\s*((?:19|20)\d{2})\s*年/gu;
/** Just before the year: a comparison (较2023年, 与2023年相比) or a starting point (自2019年以来). */
const BEFORE = /(?:较之?|比|与|同|和|跟|相比于?|相较于?|对比|比较|对照|比照|高于|低于|多于|少于|自从?|从|始于|起于|早在)\s*$/u;
/** Just before a later year: a target (到2027年). */
const TARGET = /(?<!截)(?:到|至)\s*$/u;
/** Just after the year: a comparison, a starting point, a format, carried-over requests, last year's report. */
const AFTER =
  /^\s*年度?(?:全年|同期|底|末)?\s*(?:相比|相较|比较|对比|同期|同比|以来|至今|起|开始|版|格式|模板|新版|修订版|结转|(?:政府信息公开)?(?:工作)?(?:年度)?(?:报告|年报))/u;
/** A date or an act right after the year, which dates a document cited in the same clause. */
const DOCUMENT_DATE = /^\s*年(?:\s*\d{1,2}\s*月|(?:修订|修正|颁布|印发|施行|实施|公布|发布|出台|制定|通过))/u;
const CITATION = /[《〔［[]/u;
/** Last year's problems, referred to where their rectification is reported (section 五). */
const PROBLEMS_AFTER = /^\s*年度?[^，。；]{0,12}问题/u;
const RECTIFICATION = /整改|改进|反馈/u;

/**
 * Years in the body that are neither the statistics year Y nor Y+1: likely left over from last
 * year's report (reference E3, E17). Comparisons, starting points, targets, spans of years that
 * reach Y, names in quotation marks and dates of cited documents are not reported.
 */
export const strayYear: RuleModule<Record<string, never>> = {
  meta: {
    id: "stray-year",
    type: "problem",
    description: {
      zh: "正文中出现的年份应为统计年度或其次年；其他年份可能是沿用上年报告时遗留的。",
      en: "Years in the body should be the statistics year or the next one; other years may be left over from last year's report.",
    },
    severity: "warn",
    fixable: false,
    hasSuggestions: false,
    schema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      stray: {
        zh: "正文写有 {{year}} 年，既不是统计年度 {{reportYear}} 年，也不是其次年 {{next}} 年，可能是沿用上年报告时遗留的年份。请核对并改正；如确为比较或引用，可用 reportlint-disable-next-line 注释忽略。",
        en: "The body mentions {{year}}, which is neither the statistics year {{reportYear}} nor the next year {{next}}: it may be left over from last year's report. Check and correct it; if it is a comparison or a reference, silence it with a reportlint-disable-next-line comment.",
      },
    },
  },
  check(context) {
    const { report } = context;
    const year = reportYear(report.metadata);
    if (year === undefined) return;
    const skip = [report.metadata.published, report.metadata.title].flatMap((m) => (m && m.source === "text" ? [m.range] : []));
    const period = report.metadata.period?.range;
    for (const block of bodyBlocks(report)) {
      if (skip.some((r) => overlaps(r, block.range))) continue;
      for (const at of strayYearsIn(block.content.text, year)) {
        const range = sourceRange(block.content, at, at + 4);
        if (period && overlaps(period, sentenceRange(block, at))) continue;
        context.emit({ messageId: "stray", data: { year: block.content.text.slice(at, at + 4), reportYear: year, next: year + 1 }, range });
      }
    }
  },
};

/** Headings and paragraphs, without the title (a heading or short line before the first section that names the report). */
function bodyBlocks(report: BoundReport): (HeadingBlock | ParagraphBlock)[] {
  const firstSection = report.sectionHeadings.find((h) => h.def)?.block.range.start ?? Infinity;
  const out: (HeadingBlock | ParagraphBlock)[] = [];
  for (const block of report.document.blocks) {
    if (block.kind === "table") continue;
    const text = block.content.text;
    const titleLike = block.range.start < firstSection && text.length <= 80 && /年度?报告|年报/u.test(text) && !/。/u.test(text);
    if (!titleLike) out.push(block);
  }
  return out;
}

function sentenceRange(block: HeadingBlock | ParagraphBlock, at: number): SourceRange {
  const text = block.content.text;
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return sourceRange(block.content, start, end);
}

function overlaps(a: SourceRange, b: SourceRange): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Plain-text indices of the years in `text` that are neither `year` nor `year + 1` and are not excused. */
export function strayYearsIn(text: string, year: number): number[] {
  const quoted = quotedMask(text);
  /** Years in a span, by index: whether the span reaches the statistics year or the next (2023年12月至2024年3月, 2021—2025年). */
  const spans = new Map<number, boolean>();
  for (const m of text.matchAll(YEAR_SPAN)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const reaches = Math.min(a, b) <= year + 1 && Math.max(a, b) >= year;
    spans.set(m.index, reaches);
    spans.set(m.index + m[0].lastIndexOf(m[2]!), reaches);
  }
  const out: number[] = [];
  for (const m of text.matchAll(YEAR)) {
    const at = m.index;
    const value = Number(m[1]);
    if (value === year || value === year + 1) continue;
    if (quoted[at]) continue;
    const span = spans.get(at);
    if (span !== undefined) {
      if (!span) out.push(at);
      continue;
    }
    const clauseStart = lastIndexMatching(text, at, CLAUSE_END) + 1;
    const clauseEnd = nextIndexMatching(text, at, CLAUSE_END);
    const before = text.slice(clauseStart, at);
    const after = text.slice(at + 4, clauseEnd);
    if (BEFORE.test(before) || AFTER.test(after) || (value > year + 1 && TARGET.test(before))) continue;
    if (DOCUMENT_DATE.test(after) && CITATION.test(text.slice(clauseStart, clauseEnd))) continue;
    if (value === year - 1 && PROBLEMS_AFTER.test(after)) {
      const sentence = text.slice(lastIndexMatching(text, at, SENTENCE_END) + 1, nextIndexMatching(text, at, SENTENCE_END));
      if (RECTIFICATION.test(sentence)) continue;
    }
    out.push(at);
  }
  return out;
}

function lastIndexMatching(text: string, before: number, re: RegExp): number {
  for (let i = before - 1; i >= 0; i--) if (re.test(text[i]!)) return i;
  return -1;
}

function nextIndexMatching(text: string, from: number, re: RegExp): number {
  for (let i = from; i < text.length; i++) if (re.test(text[i]!)) return i;
  return text.length;
}
