import { readFileSync } from "node:fs";
import { join } from "node:path";

const samples = join(import.meta.dirname, "../../../../../fixtures/samples");

/** A real, correct report (淮安市人民政府 2024): every table rule passes it. */
export const huaian = readFileSync(join(samples, "huaian-2024.md"), "utf8");

/** The same report with table 三 written with three label columns. */
export const huaianThreeColumns = readFileSync(join(samples, "huaian-2024-three-label-columns.md"), "utf8");

/** The report with each `[from, to]` replaced once; a `from` that is not there is a mistake in the test. */
export function edit(...pairs: [string, string][]): string {
  return editOf(huaian, ...pairs);
}

export function editOf(base: string, ...pairs: [string, string][]): string {
  let text = base;
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

/** Table 二 of the report exactly as written. */
export const TABLE_2 = [
  "| 第二十条第（一）项 | | | |",
  "|---|---:|---:|---:|",
  "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
  "| 规章 | 1 | 0 | 11 |",
  "| 行政规范性文件 | 8 | 26 | 66 |",
  "| 第二十条第（五）项 | | | |",
  "| 信息内容 | 本年处理决定数量 | | |",
  "| 行政许可 | 447228 | | |",
  "| 第二十条第（六）项 | | | |",
  "| 信息内容 | 本年处理决定数量 | | |",
  "| 行政处罚 | 3985758 | | |",
  "| 行政强制 | 88283 | | |",
  "| 第二十条第（八）项 | | | |",
  "| 信息内容 | 本年收费金额（单位：万元） | | |",
  "| 行政事业性收费 | 96171.6 | | |",
].join("\n");

/** Table 四 of the report exactly as written. */
export const TABLE_4 = [
  "| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |",
  "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  "| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |",
  "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
  "| 72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20 |",
].join("\n");
