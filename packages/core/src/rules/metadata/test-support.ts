// Test helpers for the metadata rules: the huaian 2024 sample and variants of it with the 2019 tables.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "../../../../..");

/** fixtures/samples/huaian-2024.md, a real and correct 2024 city-government report. */
export const huaian = readFileSync(join(root, "fixtures/samples/huaian-2024.md"), "utf8");

/** Replaces `from` (which must occur) by `to` in `text`. */
export function edit(text: string, from: string | RegExp, to: string): string {
  if (typeof from === "string" ? !text.includes(from) : !from.test(text)) throw new Error(`fixture text not found: ${String(from)}`);
  return text.replace(from, to);
}

/** 1-based line of the first occurrence of `needle`, and the 1-based column just after `prefix` on that line. */
export function at(text: string, needle: string, prefix = ""): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line, column: index - lineStart + 1 + prefix.length };
}

const T2_2021 = huaian.slice(huaian.indexOf("| 第二十条第（一）项 |"), huaian.indexOf("\n\n## 三、"));

/** Table 二 of the 2019 trial format (国办公开办函〔2019〕60号), five blocks. */
export const T2_2019 = `| 第二十条第（一）项 | | | |
|---|---:|---:|---:|
| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
| 规章 | 1 | 1 | 11 |
| 规范性文件 | 8 | 8 | 66 |
| 第二十条第（五）项 | | | |
| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
| 行政许可 | 120 | +3 | 447228 |
| 其他对外管理服务事项 | 40 | 0 | 1200 |
| 第二十条第（六）项 | | | |
| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
| 行政处罚 | 900 | -2 | 3985758 |
| 行政强制 | 30 | 0 | 88283 |
| 第二十条第（八）项 | | | |
| 信息内容 | 上一年项目数量 | 本年增/减 | |
| 行政事业性收费 | 12 | 0 | |
| 第二十条第（九）项 | | | |
| 信息内容 | 采购项目数量 | 采购总金额 | |
| 政府集中采购 | 25 | 8040 | |`;

const T3_SIX_2021 = `| （六）其他处理 | | | | | | | |
| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 67 | 3 | 0 | 0 | 1 | 0 | 71 |
| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |
| 3.其他 | 108 | 2 | 0 | 0 | 0 | 0 | 110 |`;
/** （六）其他处理 as the 2019 table 三 has it: one row of numbers, no sub-rows. */
const T3_SIX_2019 = "| （六）其他处理 | 181 | 5 | 0 | 0 | 1 | 0 | 187 |";

/** The huaian report with the given year everywhere (title, front matter, period, body). */
export function huaianOf(year: number): string {
  return huaian.replaceAll("2024", String(year));
}

/** `text` (a huaian variant) with the 2019 table 二. */
export function with2019T2(text: string): string {
  return edit(text, T2_2021, T2_2019);
}

/** `text` (a huaian variant) with the 2019 table 三. */
export function with2019T3(text: string): string {
  return edit(text, T3_SIX_2021, T3_SIX_2019);
}
