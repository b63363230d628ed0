import type { BoundReport, DetectionCandidate } from "../../bind/types.ts";
import type { SourceRange } from "../../model/document.ts";
import type { Localized } from "../types.ts";

/** Whether a profile's statistics years include `year`. */
export function fitsYear(years: DetectionCandidate["years"], year: number): boolean {
  return (years.from ?? -Infinity) <= year && year <= (years.to ?? Infinity);
}

/** A profile's years as text: 2019—2020 年 / 2021 年及以后. */
export function describeYears(years: DetectionCandidate["years"]): Localized {
  const { from, to } = years;
  if (from !== undefined && to !== undefined) {
    return from === to ? { zh: `${from} 年`, en: `${from}` } : { zh: `${from}—${to} 年`, en: `${from}–${to}` };
  }
  if (from !== undefined) return { zh: `${from} 年及以后`, en: `${from} onward` };
  if (to !== undefined) return { zh: `${to} 年及以前`, en: `${to} and earlier` };
  return { zh: "各年度", en: "any year" };
}

/** The first row of the first table of the document, if there is a table. */
export function firstTableRow(report: BoundReport): SourceRange | undefined {
  const table = report.document.blocks.find((b) => b.kind === "table");
  if (!table || table.kind !== "table") return undefined;
  return table.rows[0]?.range ?? table.range;
}

/** `2024-01-31` as 2024年1月31日 and 2024-01-31. */
export function describeDate(iso: string): Localized {
  const [y, m, d] = iso.split("-").map(Number);
  return { zh: `${y}年${m}月${d}日`, en: iso };
}

/** Days from YYYY-MM-DD `a` to YYYY-MM-DD `b` (positive when `b` is later). Calendar arithmetic, no clock. */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

function utc(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A template's name in quotation marks. */
export function quote(name: Localized): Localized {
  return { zh: `“${name.zh}”`, en: `"${name.en}"` };
}

/** Per UTF-16 index, whether the character is inside 《…》, “…” or 「…」: titles and names. */
export function quotedMask(text: string): boolean[] {
  const mask: boolean[] = [];
  let depth = 0;
  for (const ch of text) {
    if (ch === "《" || ch === "“" || ch === "「") depth++;
    const inside = depth > 0;
    if ((ch === "》" || ch === "”" || ch === "」") && depth > 0) depth--;
    for (let k = 0; k < ch.length; k++) mask.push(inside);
  }
  return mask;
}
