import type { Locale } from "../rules/types.ts";
import type { Place } from "./document.ts";

/**
 * Where a message is in a Word document, as a reader finds it: `文档第3个表格 第5行第2列` / `Word table 3, row 5, column 2`
 * (Word's tables counted from 1 in document order), `第12段` / `paragraph 12`; "" for an empty place.
 */
export function describePlace(place: Place, locale: Locale): string {
  const { table, row, column, paragraph } = place;
  if (table === undefined) return paragraph === undefined ? "" : locale === "zh" ? `第${paragraph}段` : `paragraph ${paragraph}`;
  // Word counts its tables from 1; "表2" would read as the report's own 表二, so say whose count it is.
  if (locale === "zh") {
    const cell = (row !== undefined ? `第${row}行` : "") + (column !== undefined ? `第${column}列` : "");
    return cell ? `文档第${table}个表格 ${cell}` : `文档第${table}个表格`;
  }
  return [`Word table ${table}`, ...(row !== undefined ? [`row ${row}`] : []), ...(column !== undefined ? [`column ${column}`] : [])].join(", ");
}
