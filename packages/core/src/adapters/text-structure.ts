import { labelKey } from "../labels/normalize.ts";
import type { Profile } from "../profiles/load.ts";
import type { TemplateTable } from "./text-templates.ts";

/**
 * What a line of a plain-text report is, before tables: a section title, the report's title, a
 * line of the page chrome a web page puts above the report (发布机构, 发布日期 …), or prose.
 */

const SECTION_ORDINALS = new Set(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]);
/** Section titles are short and are not sentences. */
const TITLE_MAX = 60;
const ENUMERATED_TITLE_MAX = 40;
const SENTENCE = /[。；;！？!?]/u;

/** A line that can only be prose: a sentence, or longer than any label or title. */
export function isProse(text: string): boolean {
  return SENTENCE.test(text) || text.length > 90;
}

/** A section title of any profile, as written or as an accepted variant (`二、主动公开政府信息的情况`). */
export function isKnownSectionTitle(text: string, profiles: readonly Profile[]): boolean {
  if (text.length > TITLE_MAX || SENTENCE.test(text)) return false;
  return profiles.some((p) => p.sectionIndex.match(text).length > 0);
}

/** Whether the line starts with 一、…十、, the way section titles are numbered. */
export function hasSectionEnumerator(text: string): boolean {
  const { enumerator } = labelKey(text);
  return enumerator.startsWith("c") && SECTION_ORDINALS.has(enumerator.slice(1));
}

/**
 * A title numbered 一、…十、 that no profile knows (`五、存在问题和改进措施`): short, no sentence,
 * and no label of a template table (`四、结转下年度继续办理` is a row of table 三, not part 四).
 */
export function isEnumeratedTitle(text: string, templates: readonly TemplateTable[]): boolean {
  if (!hasSectionEnumerator(text) || text.length > ENUMERATED_TITLE_MAX || /[。；;，,！？]/u.test(text)) return false;
  if (/\s\d/u.test(text)) return false;
  return !templates.some((t) => t.forms.fit(text) !== undefined);
}

/** The report's own title: `大寨乡2022年政府信息公开工作年度报告`. */
export function isReportTitle(text: string): boolean {
  // Not a breadcrumb of the page (首页 > 信息公开 > 年度报告).
  return /报告$/u.test(text.replace(/\s+/gu, "")) && text.length <= TITLE_MAX && !SENTENCE.test(text) && !/[>›»]/u.test(text);
}

/** The issuer's name on the line above a title that starts with the year (`淮安市人民政府` / `2024 年…报告`). */
export function isTitleHead(text: string, next: string): boolean {
  return text.length <= 24 && !/[\d\p{P}\s]/u.test(text) && /^\d{4}\s*年/u.test(next) && isReportTitle(next);
}

const BULLET = /^[•·●▪◦◆■*]\s*/u;
const CHROME_LABEL = /^(索引号|发布机构|发文机关|发布单位|来源单位|文号|发文字号|发布日期|发布时间|成文日期|生成日期|时效性|有效性|主题分类|主题词|信息来源|来源|公开方式|公开范围|公开时限|信息分类|分类)\s*[:：]?$/u;

/** A line of page chrome that is only a label (`• 发布日期`), its value being on the next line. */
export function chromeLabel(text: string): { label: string; offset: number } | undefined {
  const bullet = BULLET.exec(text);
  const offset = bullet ? bullet[0].length : 0;
  const rest = text.slice(offset);
  const m = CHROME_LABEL.exec(rest);
  return m ? { label: m[1]!, offset } : undefined;
}

/** A line's text without the `#` marks of a Markdown heading, and how many characters they took. */
export function withoutHeadingMarks(text: string): { text: string; offset: number } {
  const m = /^#{1,6}[ \t]+/u.exec(text);
  return m ? { text: text.slice(m[0].length).replace(/[ \t]+#+$/u, ""), offset: m[0].length } : { text, offset: 0 };
}

/** Text without a leading list bullet, and how many characters the bullet took. */
export function withoutBullet(text: string): { text: string; offset: number } {
  const bullet = BULLET.exec(text);
  return bullet ? { text: text.slice(bullet[0].length), offset: bullet[0].length } : { text, offset: 0 };
}

/** A paragraph line that starts a new paragraph even without a blank line before it: `（一）…`, `1.…`. */
export function startsParagraph(text: string): boolean {
  return labelKey(text).enumerator !== "" || /^[一二三四五六七八九十]是/u.test(text);
}
