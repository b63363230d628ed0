import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bindMarkdown } from "../bind/test-support.ts";
import { extractCells, extractTables } from "./extract.ts";

const huaian = readFileSync(join(import.meta.dirname, "../../../../fixtures/samples/huaian-2024.md"), "utf8");

const rowOf = (markdown: string, table: string, key: string) => {
  const t = extractTables(bindMarkdown(markdown)).tables.find((x) => x.id === table);
  return t?.rows.find((r) => r.key === key);
};

describe("extractTables", () => {
  it("gives every table of the profile in template order, with the Chinese title", () => {
    const out = extractTables(bindMarkdown(huaian));
    expect(out.profile).toBe("gov-annual-2021");
    expect(out.tables.map((t) => [t.id, t.title])).toEqual([
      ["T2", "主动公开政府信息情况"],
      ["T3", "收到和处理政府信息公开申请情况"],
      ["T4", "政府信息公开行政复议、行政诉讼情况"],
    ]);
  });

  it("gives table 二's blocks one after another, cells in the block's column order", () => {
    const t2 = extractTables(bindMarkdown(huaian)).tables[0]!;
    expect(t2.rows).toEqual([
      { key: "regulations", label: "规章", cells: [1, 0, 11] },
      { key: "normative", label: "行政规范性文件", cells: [8, 26, 66] },
      { key: "licensing", label: "行政许可", cells: [447228] },
      { key: "penalty", label: "行政处罚", cells: [3985758] },
      { key: "coercion", label: "行政强制", cells: [88283] },
      { key: "fees", label: "行政事业性收费", cells: [96171.6] },
    ]);
  });

  it("gives every non-group row of table 三 in template order, and table 四's one row of 15", () => {
    const out = extractTables(bindMarkdown(huaian));
    const t3 = out.tables[1]!;
    expect(t3.rows[0]).toEqual({ key: "new", label: "一、本年新收政府信息公开申请数量", cells: [3001, 53, 0, 0, 61, 4, 3119] });
    expect(t3.rows.map((r) => r.key)).not.toContain("results");
    expect(t3.rows.map((r) => r.key)).not.toContain("refused");
    expect(t3.rows).toHaveLength(25);
    expect(t3.rows.at(-1)).toEqual({ key: "carried_out", label: "四、结转下年度继续办理", cells: [103, 0, 0, 0, 0, 0, 103] });
    const t4 = out.tables[2]!;
    expect(t4.rows).toEqual([{ key: "cases", label: "", cells: [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20] }]);
  });

  it("writes a blank cell, a text cell and a cell the row lacks as null; a missing row as nulls", () => {
    const edited = huaian
      .replace("| 一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119 |", "| 一、本年新收政府信息公开申请数量 | 3,001 | / | 约50 |  | 61 | 4 |")
      .replace("| 二、上年结转政府信息公开申请数量 | 34 | 0 | 0 | 0 | 0 | 0 | 34 |\n", "");
    expect(rowOf(edited, "T3", "new")?.cells).toEqual([3001, null, null, null, 61, 4, null]);
    expect(rowOf(edited, "T3", "carried_in")?.cells).toEqual([null, null, null, null, null, null, null]);
  });

  it("gives a table the report does not have with all its rows, all null", () => {
    const withoutT4 = huaian.replace(/## 四、[\s\S]*?## 五、/u, "## 四、政府信息公开行政复议、行政诉讼情况\n\n（见附件）\n\n## 五、");
    const t4 = extractTables(bindMarkdown(withoutT4)).tables[2]!;
    expect(t4.rows).toEqual([{ key: "cases", label: "", cells: Array(15).fill(null) }]);
  });
});

describe("extractCells", () => {
  it("names each value by table, row key and column key, in template order", () => {
    const cells = extractCells(bindMarkdown(huaian));
    expect(cells.slice(0, 4)).toEqual([
      { table: "T2", row: "regulations", column: "issued", value: 1 },
      { table: "T2", row: "regulations", column: "repealed", value: 0 },
      { table: "T2", row: "regulations", column: "valid", value: 11 },
      { table: "T2", row: "normative", column: "issued", value: 8 },
    ]);
    expect(cells.filter((c) => c.table === "T3")).toHaveLength(25 * 7);
    expect(cells.filter((c) => c.table === "T4").map((c) => c.column).slice(0, 2)).toEqual(["review_upheld", "review_corrected"]);
    const total = extractTables(bindMarkdown(huaian)).tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.cells.length, 0), 0);
    expect(cells).toHaveLength(total);
  });
});
