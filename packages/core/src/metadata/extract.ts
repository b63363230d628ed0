import type { Block, FrontMatterEntry, ReportDocument, SourceRange } from "../model/document.ts";
import type { Profile } from "../profiles/load.ts";
import { sourceRange } from "../text/text-content.ts";

export interface Located<T> {
  value: T;
  range: SourceRange;
  source: "front-matter" | "text";
}

export interface ReportMetadata {
  title?: Located<string>;
  /** The year the title names: the statistics year. */
  titleYear?: Located<number>;
  /** `year:` in the front matter. */
  year?: Located<number>;
  issuer?: Located<string>;
  issuerLevel?: { level: string; name: { zh: string; en: string } };
  /**
   * The stated statistics period, 自YYYY年1月1日至YYYY年12月31日: `from` and `to` are its years,
   * `start` and `end` its first and last days as YYYY-MM-DD.
   */
  period?: Located<{ from: number; to: number; start: string; end: string }>;
  /** Publication date as YYYY-MM-DD. */
  published?: Located<string>;
}

const FRONT_MATTER_KEYS = {
  title: ["title", "标题"],
  year: ["year", "年度"],
  issuer: ["issuer", "发布机构", "机关"],
  published: ["published", "date", "发布日期"],
};
const YEAR_IN_TITLE = /(?<![\d０-９])((?:19|20)\d{2})\s*年/u;
/**
 * A date range: 2024年1月1日至2024年12月31日, also with 起…止, a dash, or the second year left out
 * (2024年1月1日至12月31日).
 */
const DATE_RANGE =
  /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*起?\s*(?:至|到|—{1,2}|–|-|－|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
/** Words that introduce the statistics period; a range after one is the period even when it is not a calendar year. */
const PERIOD_INTRO = /(?:统计|报告)(?:期限|时限|时间|周期|区间|范围|期间|时段)|报告期/u;
const PUBLISHED_LINE = /发布(?:日期|时间)\s*[:：]?\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/u;
const ISSUER_LINE = /^\s*(?:发布机构|发文机关|发布单位)\s*[:：]?\s*([^\s:：]{2,40})\s*$/u;
const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/u;

/**
 * Reads what the rules need to know about the report itself, from the front matter first and the
 * text second. `preamble` is everything before the first section.
 */
export function extractMetadata(doc: ReportDocument, preamble: Block[], profile: Profile): ReportMetadata {
  const meta: ReportMetadata = {};
  const entry = (names: string[]): FrontMatterEntry | undefined => {
    for (const name of names) {
      const e = doc.frontMatter?.entries.get(name);
      if (e && e.value.trim()) return e;
    }
    return undefined;
  };

  const fmTitle = entry(FRONT_MATTER_KEYS.title);
  if (fmTitle) meta.title = { value: fmTitle.value.trim(), range: fmTitle.range, source: "front-matter" };
  else {
    const titleBlock =
      preamble.find((b) => b.kind === "heading" && b.depth === 1) ??
      preamble.find((b) => b.kind !== "table" && /报告/u.test(b.content.text) && b.content.text.length <= 80);
    if (titleBlock && titleBlock.kind !== "table") {
      meta.title = { value: titleBlock.content.text.trim(), range: titleBlock.range, source: "text" };
      const m = YEAR_IN_TITLE.exec(titleBlock.content.text);
      if (m) meta.titleYear = { value: Number(m[1]), range: sourceRange(titleBlock.content, m.index, m.index + 4), source: "text" };
    }
  }
  if (meta.title && !meta.titleYear) {
    const m = YEAR_IN_TITLE.exec(meta.title.value);
    if (m) meta.titleYear = { value: Number(m[1]), range: within(doc.source, meta.title.range, m[1]!, m.index), source: meta.title.source };
  }

  const fmYear = entry(FRONT_MATTER_KEYS.year);
  if (fmYear && /^\d{4}$/u.test(fmYear.value.trim())) meta.year = { value: Number(fmYear.value), range: fmYear.range, source: "front-matter" };

  const fmIssuer = entry(FRONT_MATTER_KEYS.issuer);
  const issuerLine = fmIssuer ? undefined : findIssuerLine(preamble);
  if (fmIssuer) meta.issuer = { value: fmIssuer.value.trim(), range: fmIssuer.range, source: "front-matter" };
  else if (issuerLine) meta.issuer = issuerLine;
  else if (meta.title && meta.titleYear) {
    const name = meta.title.value.slice(0, meta.title.value.search(/\d{4}/u)).trim();
    if (name) meta.issuer = { value: name, range: meta.title.range, source: meta.title.source };
  }
  if (meta.issuer) {
    const issuer = meta.issuer.value;
    const level = profile.issuerLevels.find((l) => l.patterns.some((p) => p.test(issuer)));
    if (level) meta.issuerLevel = { level: level.level, name: level.name };
  }

  const fmPublished = entry(FRONT_MATTER_KEYS.published);
  const fmDate = fmPublished && DATE.exec(fmPublished.value.trim());
  const fmIso = fmDate ? isoDate(fmDate[1]!, fmDate[2]!, fmDate[3]!) : undefined;
  if (fmPublished && fmIso) meta.published = { value: fmIso, range: fmPublished.range, source: "front-matter" };

  let loosePeriod: ReportMetadata["period"];
  for (const block of doc.blocks) {
    if (block.kind === "table") continue;
    const text = block.content.text;
    if (!meta.period) {
      for (const m of text.matchAll(DATE_RANGE)) {
        const from = Number(m[1]);
        const to = m[4] ? Number(m[4]) : from;
        const start = isoDate(m[1]!, m[2]!, m[3]!);
        const end = isoDate(String(to), m[5]!, m[6]!);
        if (!start || !end) continue;
        const found = { value: { from, to, start, end }, range: sourceRange(block.content, m.index, m.index + m[0].length), source: "text" as const };
        if (start.endsWith("-01-01") && end.endsWith("-12-31")) {
          meta.period = found;
          break;
        }
        const sentenceStart = Math.max(text.lastIndexOf("。", m.index), text.lastIndexOf("；", m.index)) + 1;
        if (!loosePeriod && PERIOD_INTRO.test(text.slice(sentenceStart, m.index))) loosePeriod = found;
      }
    }
    if (!meta.published) {
      const m = PUBLISHED_LINE.exec(text);
      const iso = m && isoDate(m[1]!, m[2]!, m[3]!);
      if (m && iso) meta.published = { value: iso, range: sourceRange(block.content, m.index, m.index + m[0].length), source: "text" };
    }
    if (meta.period && meta.published) break;
  }
  if (!meta.period && loosePeriod) meta.period = loosePeriod;
  return meta;
}

/** YYYY-MM-DD, or undefined when the date does not exist (2023-02-30). */
function isoDate(y: string, m: string, d: string): string | undefined {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${y.padStart(4, "0")}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The range of `text` found at `index` of a front-matter value, when the value is written verbatim; else the whole value. */
function within(source: string, range: SourceRange, text: string, index: number): SourceRange {
  const written = source.slice(range.start, range.end);
  let at = written.indexOf(text, Math.min(index, written.length));
  if (at < 0) at = written.indexOf(text);
  return at < 0 ? range : { start: range.start + at, end: range.start + at + text.length };
}

/** A 发布机构：… line before the first section, as pages copied from government portals have. */
function findIssuerLine(preamble: Block[]): Located<string> | undefined {
  for (const block of preamble) {
    if (block.kind === "table") continue;
    const text = block.content.text;
    for (const line of text.split("\n")) {
      const m = ISSUER_LINE.exec(line);
      if (!m) continue;
      const at = text.indexOf(m[1]!, text.indexOf(line));
      return { value: m[1]!, range: sourceRange(block.content, at, at + m[1]!.length), source: "text" };
    }
  }
  return undefined;
}

/** The statistics year: the title's, else the front matter's, else the stated period's. */
export function reportYear(meta: ReportMetadata): number | undefined {
  return meta.titleYear?.value ?? meta.year?.value ?? meta.period?.value.from;
}
