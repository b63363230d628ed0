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
  /** The stated statistics period, 自YYYY年1月1日至YYYY年12月31日. */
  period?: Located<{ from: number; to: number }>;
  /** Publication date as YYYY-MM-DD. */
  published?: Located<string>;
}

const FRONT_MATTER_KEYS = {
  title: ["title", "标题"],
  year: ["year", "年度"],
  issuer: ["issuer", "发布机构", "机关"],
  published: ["published", "date", "发布日期"],
};
const YEAR_IN_TITLE = /(\d{4})\s*年/u;
const PERIOD = /(\d{4})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:至|到|—|-|－|~)\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/u;
const PUBLISHED_LINE = /发布(?:日期|时间)\s*[:：]?\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/u;
const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u;

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
    if (m) meta.titleYear = { value: Number(m[1]), range: meta.title.range, source: meta.title.source };
  }

  const fmYear = entry(FRONT_MATTER_KEYS.year);
  if (fmYear && /^\d{4}$/u.test(fmYear.value.trim())) meta.year = { value: Number(fmYear.value), range: fmYear.range, source: "front-matter" };

  const fmIssuer = entry(FRONT_MATTER_KEYS.issuer);
  if (fmIssuer) meta.issuer = { value: fmIssuer.value.trim(), range: fmIssuer.range, source: "front-matter" };
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
  if (fmPublished && fmDate) {
    meta.published = { value: isoDate(fmDate[1]!, fmDate[2]!, fmDate[3]!), range: fmPublished.range, source: "front-matter" };
  }

  for (const block of doc.blocks) {
    if (block.kind === "table") continue;
    const text = block.content.text;
    if (!meta.period) {
      const m = PERIOD.exec(text);
      if (m) {
        meta.period = {
          value: { from: Number(m[1]), to: Number(m[2]) },
          range: sourceRange(block.content, m.index, m.index + m[0].length),
          source: "text",
        };
      }
    }
    if (!meta.published) {
      const m = PUBLISHED_LINE.exec(text);
      if (m) {
        meta.published = {
          value: isoDate(m[1]!, m[2]!, m[3]!),
          range: sourceRange(block.content, m.index, m.index + m[0].length),
          source: "text",
        };
      }
    }
    if (meta.period && meta.published) break;
  }
  return meta;
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/** The statistics year: the title's, else the front matter's, else the stated period's. */
export function reportYear(meta: ReportMetadata): number | undefined {
  return meta.titleYear?.value ?? meta.year?.value ?? meta.period?.value.from;
}
