import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bindMarkdown, boundBlock, boundTable, boundValues, shapeProblems, textAt } from "./test-support.ts";

const samples = join(import.meta.dirname, "../../../../fixtures/samples");

// ---------------------------------------------------------------------------------------------
// Table 三 builder. Each numeric row of the template, with the group labels above it. The value
// in row i, column j is (i + 1) * 100 + j, so a row or column bound in the wrong place shows.
// ---------------------------------------------------------------------------------------------

const RESULTS = "三、本年度办理结果";
const T3_ROWS: { key: string; path: string[] }[] = [
  { key: "new", path: ["一、本年新收政府信息公开申请数量"] },
  { key: "carried_in", path: ["二、上年结转政府信息公开申请数量"] },
  { key: "granted", path: [RESULTS, "（一）予以公开"] },
  { key: "partial", path: [RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"] },
  ...["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"].map(
    (label, i) => ({ key: `refused_${i + 1}`, path: [RESULTS, "（三）不予公开", label] }),
  ),
  ...["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"].map((label, i) => ({ key: `unable_${i + 1}`, path: [RESULTS, "（四）无法提供", label] })),
  ...["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"].map((label, i) => ({
    key: `ignored_${i + 1}`,
    path: [RESULTS, "（五）不予处理", label],
  })),
  ...["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"].map((label, i) => ({
    key: `other_${i + 1}`,
    path: [RESULTS, "（六）其他处理", label],
  })),
  { key: "resolved", path: [RESULTS, "（七）总计"] },
  { key: "carried_out", path: ["四、结转下年度继续办理"] },
];
const T3_COLUMNS = ["natural", "commercial", "research", "welfare", "legal", "other_org", "total"];
const CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

const numbers = (i: number): string[] => T3_COLUMNS.map((_, j) => String((i + 1) * 100 + j));
const line = (cells: string[]): string => `| ${cells.join(" | ")} |`;
const empty = (n: number): string[] => Array.from({ length: n }, () => "");
const DELIMITER = (n: number): string => line(Array.from({ length: n }, () => "---"));

/** What every table 三 variant must bind to. */
function expectedT3(): Record<string, Record<string, number>> {
  return Object.fromEntries(T3_ROWS.map((r, i) => [r.key, Object.fromEntries(T3_COLUMNS.map((c, j) => [c, (i + 1) * 100 + j]))]));
}

type Header = "one-row" | "two-rows" | "three-rows";

function t3Header(labelColumns: number, header: Header): string[] {
  const pad = (first: string): string[] => [first, ...empty(labelColumns - 1)];
  switch (header) {
    case "one-row":
      return [line([...pad("申请人情况"), "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]), DELIMITER(labelColumns + 7)];
    case "two-rows":
      return [
        line([...pad(""), "自然人", "法人或其他组织", "", "", "", "", "总计"]),
        DELIMITER(labelColumns + 7),
        line([...pad(""), "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]),
      ];
    case "three-rows":
      return [
        line([...pad(CORNER), "申请人情况", ...empty(6)]),
        DELIMITER(labelColumns + 7),
        line([...pad(""), "自然人", "法人或其他组织", "", "", "", "", "总计"]),
        line([...pad(""), "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]),
      ];
  }
}

/** One label column; each group label on a row of its own with empty cells. */
function t3GroupRows(header: Header = "one-row"): string {
  const out = t3Header(1, header);
  const seen = new Set<string>();
  T3_ROWS.forEach((row, i) => {
    for (const group of row.path.slice(0, -1)) {
      if (seen.has(group)) continue;
      seen.add(group);
      out.push(line([group, ...empty(7)]));
    }
    out.push(line([row.path[row.path.length - 1]!, ...numbers(i)]));
  });
  return out.join("\n");
}

/** One label column, numeric rows only. */
function t3LeafRows(): string {
  return [...t3Header(1, "one-row"), ...T3_ROWS.map((row, i) => line([row.path[row.path.length - 1]!, ...numbers(i)]))].join("\n");
}

/** Three label columns; a group label is written on the first row it spans (Markdown has no rowspan). */
function t3ThreeColumns(repeatGroups: boolean, header: Header = "one-row"): string {
  const out = t3Header(3, header);
  let previous: string[] = [];
  T3_ROWS.forEach((row, i) => {
    const cells = empty(3);
    if (row.path.length === 1) {
      // A top-level row spans all three label columns: write it once, or repeated across the span.
      cells[0] = row.path[0]!;
      if (repeatGroups) cells[1] = cells[2] = row.path[0]!;
    } else {
      row.path.forEach((label, k) => {
        const column = k === row.path.length - 1 ? (row.path.length === 2 ? 1 : 2) : k;
        if (repeatGroups || previous[k] !== label || k === row.path.length - 1) cells[column] = label;
        if (repeatGroups && row.path.length === 2 && k === 1) cells[2] = label;
      });
    }
    previous = row.path;
    out.push(line([...cells, ...numbers(i)]));
  });
  return out.join("\n");
}

/** Two label columns: the group (三、 or （三）…) on the left, the numeric row's own label on the right. */
function t3TwoColumns(): string {
  const out = t3Header(2, "one-row");
  let previousGroup = "";
  T3_ROWS.forEach((row, i) => {
    const group = row.path.length > 1 ? row.path[row.path.length - 2]! : "";
    const cells = row.path.length === 1 ? [row.path[0]!, ""] : [group === previousGroup ? "" : group, row.path[row.path.length - 1]!];
    previousGroup = group;
    out.push(line([...cells, ...numbers(i)]));
  });
  return out.join("\n");
}

function report(...parts: string[]): string {
  return ["# 某县某局2024年政府信息公开工作年度报告", "", ...parts.flatMap((p) => [p, ""])].join("\n");
}

const T3_HEADING = "## 三、收到和处理政府信息公开申请情况";

describe("table 三 layouts", () => {
  const variants: [string, string][] = [
    ["leaf labels only, no group rows", t3LeafRows()],
    ["group rows on rows of their own with empty cells", t3GroupRows()],
    ["two label columns", t3TwoColumns()],
    ["three label columns, each group written once", t3ThreeColumns(false)],
    ["three label columns, groups repeated on every row (三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密)", t3ThreeColumns(true)],
    ["two header rows (自然人 / 法人或其他组织 / 总计, then 商业企业 …)", t3GroupRows("two-rows")],
    ["three header rows (corner note, 申请人情况, 自然人 / 法人或其他组织 / 总计, then 商业企业 …)", t3GroupRows("three-rows")],
    ["three header rows and three label columns", t3ThreeColumns(false, "three-rows")],
  ];
  for (const [name, table] of variants) {
    it(name, () => {
      const bound = bindMarkdown(report(T3_HEADING, table));
      expect(shapeProblems(bound)).toEqual([]);
      const t3 = boundTable(bound, "T3");
      expect(t3.sectionKey).toBe("requests");
      const values = boundValues(boundBlock(bound, "T3"));
      // Group rows written as bare labels bind as label-only rows; the numeric rows carry the numbers.
      const numeric = Object.fromEntries(Object.entries(values).filter(([key]) => key in expectedT3()));
      expect(numeric).toEqual(expectedT3());
      for (const row of boundBlock(bound, "T3").rows) {
        if (!(row.def.key in expectedT3())) expect(row.labelOnly).toBe(true);
        if (row.label) expect(row.label.level).toBe("exact");
      }
      const columns = boundBlock(bound, "T3").columns.map((c) => c.def.key);
      expect(columns).toEqual(T3_COLUMNS);
    });
  }

  it("a table split at a page break: the second part without a header", () => {
    const lines = t3GroupRows().split("\n");
    const at = lines.findIndex((l) => l.startsWith("| （四）无法提供"));
    const second = lines.slice(at);
    // The second part's first row is the GFM header row of that table.
    const markdown = report(T3_HEADING, lines.slice(0, at).join("\n"), [second[0]!, DELIMITER(8), ...second.slice(1)].join("\n"));
    const bound = bindMarkdown(markdown);
    expect(shapeProblems(bound)).toEqual([]);
    expect(boundTable(bound, "T3").sources).toHaveLength(2);
    const values = boundValues(boundBlock(bound, "T3"));
    expect(Object.fromEntries(Object.entries(values).filter(([key]) => key in expectedT3()))).toEqual(expectedT3());
  });

  it("a table split at a page break: the header repeated on the second part", () => {
    const lines = t3GroupRows("three-rows").split("\n");
    const at = lines.findIndex((l) => l.startsWith("| （四）无法提供"));
    const markdown = report(T3_HEADING, lines.slice(0, at).join("\n"), [...lines.slice(0, 4), ...lines.slice(at)].join("\n"));
    const bound = bindMarkdown(markdown);
    expect(shapeProblems(bound)).toEqual([]);
    const values = boundValues(boundBlock(bound, "T3"));
    expect(Object.fromEntries(Object.entries(values).filter(([key]) => key in expectedT3()))).toEqual(expectedT3());
  });

  it("a table split at a page break right after its header", () => {
    const lines = t3GroupRows("three-rows").split("\n");
    const body = lines.slice(4);
    const markdown = report(T3_HEADING, lines.slice(0, 4).join("\n"), [body[0]!, DELIMITER(8), ...body.slice(1)].join("\n"));
    const bound = bindMarkdown(markdown);
    expect(shapeProblems(bound)).toEqual([]);
    expect(boundValues(boundBlock(bound, "T3")).carried_out!.total).toBe(2506);
  });

  it("a header row repeated inside the table is skipped", () => {
    const lines = t3GroupRows().split("\n");
    const at = lines.findIndex((l) => l.startsWith("| （四）无法提供"));
    lines.splice(at, 0, lines[0]!);
    const bound = bindMarkdown(report(T3_HEADING, lines.join("\n")));
    expect(shapeProblems(bound)).toEqual([]);
  });

  it("the real report written with three label columns binds as the one-column original", () => {
    const one = bindMarkdown(readFileSync(join(samples, "huaian-2024.md"), "utf8"));
    const three = bindMarkdown(readFileSync(join(samples, "huaian-2024-three-label-columns.md"), "utf8"));
    expect(shapeProblems(three)).toEqual([]);
    const numeric = (values: ReturnType<typeof boundValues>) => Object.fromEntries(Object.entries(values).filter(([, cells]) => Object.values(cells).some((v) => v !== "blank")));
    expect(numeric(boundValues(boundBlock(three, "T3")))).toEqual(numeric(boundValues(boundBlock(one, "T3"))));
  });

  it("the 2019 format: （六）其他处理 is one numeric row", () => {
    const rows = T3_ROWS.filter((r) => !r.key.startsWith("other_"));
    const at = rows.findIndex((r) => r.key === "resolved");
    rows.splice(at, 0, { key: "other", path: [RESULTS, "（六）其他处理"] });
    const lines = t3Header(1, "one-row");
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      for (const group of row.path.slice(0, -1)) if (!seen.has(group)) (seen.add(group), lines.push(line([group, ...empty(7)])));
      lines.push(line([row.path[row.path.length - 1]!, ...numbers(i)]));
    });
    const bound = bindMarkdown(report(T3_HEADING, lines.join("\n")), "gov-annual-2019");
    expect(shapeProblems(bound).filter((p) => p.startsWith("T3"))).toEqual([]);
    const values = boundValues(boundBlock(bound, "T3"));
    expect(values.other).toEqual(Object.fromEntries(T3_COLUMNS.map((c, j) => [c, (at + 1) * 100 + j])));
    expect(boundBlock(bound, "T3").rows.find((r) => r.def.key === "other")!.labelOnly).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Table 二
// ---------------------------------------------------------------------------------------------

const T2_EXPECTED = {
  art20_1: { regulations: { issued: 1, repealed: 0, valid: 11 }, normative: { issued: 8, repealed: 26, valid: 66 } },
  art20_5: { licensing: { decisions: 447228 } },
  art20_6: { penalty: { decisions: 3985758 }, coercion: { decisions: 88283 } },
  art20_8: { fees: { amount: 96171.6 } },
};

function t2Values(markdown: string): Record<string, unknown> {
  const bound = bindMarkdown(markdown);
  expect(shapeProblems(bound)).toEqual([]);
  return Object.fromEntries(boundTable(bound, "T2").blocks.map((b) => [b.def.def.key, boundValues(b)]));
}

const T2_HEADING = "## 二、主动公开政府信息情况";

function t2Separate(caption: (item: string) => string): string {
  return report(
    T2_HEADING,
    caption("一"),
    "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | 1 | 0 | 11 |\n| 行政规范性文件 | 8 | 26 | 66 |",
    caption("五"),
    "| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 447228 |",
    caption("六"),
    "| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政处罚 | 3985758 |\n| 行政强制 | 88283 |",
    caption("八"),
    "| 信息内容 | 本年收费金额（单位：万元） |\n|---|---|\n| 行政事业性收费 | 96171.6 |",
  );
}

describe("table 二 layouts", () => {
  it("one table with caption rows", () => {
    expect(t2Values(readFileSync(join(samples, "huaian-2024.md"), "utf8"))).toEqual(T2_EXPECTED);
  });

  it("one table whose caption rows repeat the caption across the row", () => {
    const table = [
      "| 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 |",
      "|---|---|---|---|",
      "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
      "| 规章 | 1 | 0 | 11 |",
      "| 行政规范性文件 | 8 | 26 | 66 |",
      "| 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 |",
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
    expect(t2Values(report(T2_HEADING, table))).toEqual(T2_EXPECTED);
  });

  it("a spanning value header written out across its span (本年处理决定数量 ×3), its value repeated or not", () => {
    const table = [
      "| 第二十条第（一）项 | | | |",
      "|---|---|---|---|",
      "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
      "| 规章 | 1 | 0 | 11 |",
      "| 行政规范性文件 | 8 | 26 | 66 |",
      "| 第二十条第（五）项 | | | |",
      "| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |",
      "| 行政许可 | 447228 | 447228 | 447228 |",
      "| 第二十条第（六）项 | | | |",
      "| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |",
      "| 行政处罚 | 3985758 | | |",
      "| 行政强制 | 88283 | 88283 | 88283 |",
      "| 第二十条第（八）项 | | | |",
      "| 信息内容 | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） |",
      "| 行政事业性收费 | 96171.6 | 96171.6 | 96171.6 |",
    ].join("\n");
    expect(t2Values(report(T2_HEADING, table))).toEqual(T2_EXPECTED);
  });

  it("a different number under a spanning header is an extra cell, not silently dropped", () => {
    const table = [
      "| 第二十条第（五）项 | | |",
      "|---|---|---|",
      "| 信息内容 | 本年处理决定数量 | 本年处理决定数量 |",
      "| 行政许可 | 447228 | 5 |",
    ].join("\n");
    const bound = bindMarkdown(report(T2_HEADING, table));
    expect(shapeProblems(bound).filter((p) => !p.includes("missing-block"))).toEqual(["T2 extra-cell 5"]);
  });

  it("four tables, each under a caption paragraph", () => {
    expect(t2Values(t2Separate((n) => `第二十条第（${n}）项`))).toEqual(T2_EXPECTED);
  });

  it("captions written 第二十条第(一)项 and 第二十条 第（一）项", () => {
    expect(t2Values(t2Separate((n) => `第二十条第(${n})项`))).toEqual(T2_EXPECTED);
    expect(t2Values(t2Separate((n) => `第二十条 第（${n}）项`))).toEqual(T2_EXPECTED);
    const bound = bindMarkdown(t2Separate((n) => `第二十条 第（${n}）项`));
    expect(boundTable(bound, "T2").blocks.map((b) => b.caption?.level)).toEqual(["exact", "exact", "exact", "exact"]);
  });

  it("captions written as bold paragraphs or as headings", () => {
    expect(t2Values(t2Separate((n) => `**第二十条第（${n}）项**`))).toEqual(T2_EXPECTED);
    expect(t2Values(t2Separate((n) => `### 第二十条第（${n}）项`))).toEqual(T2_EXPECTED);
  });

  it("four tables with the caption as each table's first row", () => {
    const markdown = report(
      T2_HEADING,
      "| 第二十条第（一）项 | | | |\n|---|---|---|---|\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 1 | 0 | 11 |\n| 行政规范性文件 | 8 | 26 | 66 |",
      "| 第二十条第（五）项 | |\n|---|---|\n| 信息内容 | 本年处理决定数量 |\n| 行政许可 | 447228 |",
      "| 第二十条第（六）项 | |\n|---|---|\n| 信息内容 | 本年处理决定数量 |\n| 行政处罚 | 3985758 |\n| 行政强制 | 88283 |",
      "| 第二十条第（八）项 | |\n|---|---|\n| 信息内容 | 本年收费金额（单位：万元） |\n| 行政事业性收费 | 96171.6 |",
    );
    expect(t2Values(markdown)).toEqual(T2_EXPECTED);
  });

  it("separate tables, one of them without its caption: it binds to the block its header names", () => {
    const markdown = t2Separate((n) => `第二十条第（${n}）项`).replace("第二十条第（六）项\n", "");
    expect(t2Values(markdown)).toEqual(T2_EXPECTED);
  });

  it("a table without its caption binds to the block its header names", () => {
    const markdown = report(T2_HEADING, "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | 1 | 0 | 11 |\n| 行政规范性文件 | 8 | 26 | 66 |");
    const bound = bindMarkdown(markdown);
    expect(boundValues(boundBlock(bound, "T2", "art20_1"))).toEqual(T2_EXPECTED.art20_1);
    expect(shapeProblems(bound)).toEqual(["T2 missing-block art20_5", "T2 missing-block art20_6", "T2 missing-block art20_8"]);
  });

  it("the 2019 format: five blocks, with 第二十条第（九）项 and a signed 本年增/减", () => {
    const markdown = report(
      T2_HEADING,
      [
        "| 第二十条第（一）项 | | | |",
        "|---|---|---|---|",
        "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
        "| 规章 | 0 | 0 | 0 |",
        "| 规范性文件 | 3 | 3 | 41 |",
        "| 第二十条第（五）项 | | | |",
        "| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
        "| 行政许可 | 52 | +3 | 1036 |",
        "| 其他对外管理服务事项 | 18 | -2 | 240 |",
        "| 第二十条第（六）项 | | | |",
        "| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
        "| 行政处罚 | 211 | 0 | 87 |",
        "| 行政强制 | 9 | 0 | 4 |",
        "| 第二十条第（八）项 | | | |",
        "| 信息内容 | 上一年项目数量 | 本年增/减 | |",
        "| 行政事业性收费 | 6 | -1 | |",
        "| 第二十条第（九）项 | | | |",
        "| 信息内容 | 采购项目数量 | 采购总金额 | |",
        "| 政府集中采购 | 14 | 326.5 | |",
      ].join("\n"),
    );
    const bound = bindMarkdown(markdown);
    expect(bound.profile.id).toBe("gov-annual-2019");
    expect(shapeProblems(bound).filter((p) => p.startsWith("T2"))).toEqual([]);
    const blocks = Object.fromEntries(boundTable(bound, "T2").blocks.map((b) => [b.def.def.key, boundValues(b)]));
    expect(blocks).toEqual({
      art20_1: { regulations: { made: 0, published: 0, total: 0 }, normative: { made: 3, published: 3, total: 41 } },
      art20_5: { licensing: { previous: 52, change: 3, decisions: 1036 }, other_services: { previous: 18, change: -2, decisions: 240 } },
      art20_6: { penalty: { previous: 211, change: 0, decisions: 87 }, coercion: { previous: 9, change: 0, decisions: 4 } },
      art20_8: { fees: { previous: 6, change: -1 } },
      art20_9: { procurement: { projects: 14, amount: 326.5 } },
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Table 四
// ---------------------------------------------------------------------------------------------

const LEAVES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
const T4_NUMBERS = ["72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"];
const T4_KEYS = ["review", "direct", "after"].flatMap((g) => ["upheld", "corrected", "other", "pending", "total"].map((l) => `${g}_${l}`));
const T4_EXPECTED = { cases: Object.fromEntries(T4_KEYS.map((k, i) => [k, Number(T4_NUMBERS[i])])) };
const T4_HEADING = "## 四、政府信息公开行政复议、行政诉讼情况";

describe("table 四 layouts", () => {
  const variants: [string, string[]][] = [
    ["one header row: 15 leaf labels bound by position", [line([...LEAVES, ...LEAVES, ...LEAVES]), DELIMITER(15)]],
    [
      "two header rows: 行政复议 | 行政诉讼, then the leaves",
      [line(["行政复议", ...empty(4), "行政诉讼", ...empty(9)]), DELIMITER(15), line([...LEAVES, ...LEAVES, ...LEAVES])],
    ],
    [
      "two header rows: 行政复议 | 未经复议直接起诉 | 复议后起诉, then the leaves",
      [line(["行政复议", ...empty(4), "未经复议直接起诉", ...empty(4), "复议后起诉", ...empty(4)]), DELIMITER(15), line([...LEAVES, ...LEAVES, ...LEAVES])],
    ],
    [
      "three header rows",
      [
        line(["行政复议", ...empty(4), "行政诉讼", ...empty(9)]),
        DELIMITER(15),
        line([...empty(5), "未经复议直接起诉", ...empty(4), "复议后起诉", ...empty(4)]),
        line([...LEAVES, ...LEAVES, ...LEAVES]),
      ],
    ],
    [
      "three header rows as the official table: the 行政复议 leaves span two rows",
      [
        line(["行政复议", ...empty(4), "行政诉讼", ...empty(9)]),
        DELIMITER(15),
        line([...LEAVES, "未经复议直接起诉", ...empty(4), "复议后起诉", ...empty(4)]),
        line([...empty(5), ...LEAVES, ...LEAVES]),
      ],
    ],
    [
      "three header rows, spanning headers repeated across their span",
      [
        line([...Array(5).fill("行政复议"), ...Array(10).fill("行政诉讼")]),
        DELIMITER(15),
        line([...Array(5).fill("行政复议"), ...Array(5).fill("未经复议直接起诉"), ...Array(5).fill("复议后起诉")]),
        line([...LEAVES, ...LEAVES, ...LEAVES]),
      ],
    ],
    [
      "the 复议后起诉 block written first: bound by its group, not by position",
      [
        line(["行政复议", ...empty(4), "复议后起诉", ...empty(4), "未经复议直接起诉", ...empty(4)]),
        DELIMITER(15),
        line([...LEAVES, ...LEAVES, ...LEAVES]),
      ],
    ],
  ];
  for (const [name, header] of variants) {
    it(name, () => {
      const swapped = name.includes("written first");
      const numbers = swapped ? [...T4_NUMBERS.slice(0, 5), ...T4_NUMBERS.slice(10), ...T4_NUMBERS.slice(5, 10)] : T4_NUMBERS;
      const bound = bindMarkdown(report(T4_HEADING, [...header, line(numbers)].join("\n")));
      expect(shapeProblems(bound)).toEqual([]);
      expect(boundValues(boundBlock(bound, "T4"))).toEqual(T4_EXPECTED);
    });
  }

  it("a label column in front of the numbers", () => {
    const table = [line(["", "行政复议", ...empty(4), "行政诉讼", ...empty(9)]), DELIMITER(16), line(["", ...LEAVES, ...LEAVES, ...LEAVES]), line(["件数", ...T4_NUMBERS])];
    const bound = bindMarkdown(report(T4_HEADING, table.join("\n")));
    expect(shapeProblems(bound)).toEqual([]);
    expect(boundValues(boundBlock(bound, "T4"))).toEqual(T4_EXPECTED);
  });
});

// ---------------------------------------------------------------------------------------------
// Label variants
// ---------------------------------------------------------------------------------------------

describe("label variants", () => {
  const huaian = readFileSync(join(samples, "huaian-2024.md"), "utf8");
  const edit = (pairs: [string, string][]): string =>
    pairs.reduce((text, [from, to]) => {
      if (!text.includes(from)) throw new Error(`not in the sample: ${from}`);
      return text.replace(from, to);
    }, huaian);

  it("the real report binds every label exactly", () => {
    const bound = bindMarkdown(huaian);
    expect(shapeProblems(bound)).toEqual([]);
    for (const t of bound.tables) {
      for (const b of t.blocks) {
        for (const r of b.rows) if (r.label) expect(r.label.level).toBe("exact");
        for (const c of b.columns) if (c.header) expect(c.header.level).toBe("exact");
      }
    }
  });

  const cases: { name: string; from: string; to: string; table: string; block?: string; row?: string; column?: string; level: "exact" | "variant"; expected?: string }[] = [
    { name: "1、 for 1.", from: "| 1.属于国家秘密 |", to: "| 1、属于国家秘密 |", table: "T3", row: "refused_1", level: "exact" },
    { name: "1． for 1.", from: "| 2.重复申请 |", to: "| 2．重复申请 |", table: "T3", row: "ignored_2", level: "exact" },
    { name: "（1） for 1.", from: "| 3.其他 |", to: "| （3）其他 |", table: "T3", row: "other_3", level: "exact" },
    { name: "half-width brackets", from: "| （一）予以公开 |", to: "| (一)予以公开 |", table: "T3", row: "granted", level: "exact" },
    {
      name: "half-width brackets and comma in a long label",
      from: "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） |",
      to: "| (二)部分公开(区分处理的,只计这一情形,不计其他情形) |",
      table: "T3",
      row: "partial",
      level: "exact",
    },
    {
      name: "，for 、 inside the long （六） label",
      from: "| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 |",
      to: "| 1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请 |",
      table: "T3",
      row: "other_1",
      level: "exact",
    },
    { name: "spaces inside a label", from: "| 4.保护第三方合法权益 |", to: "| 4. 保护 第三方 合法权益 |", table: "T3", row: "refused_4", level: "exact" },
    { name: "a line break inside a label (商业<br>企业)", from: "| 商业企业 |", to: "| 商业<br>企业 |", table: "T3", column: "commercial", level: "exact" },
    { name: "spaces inside a header (结 果 维 持)", from: "| 结果维持 | 结果纠正 |", to: "| 结 果 维 持 | 结果纠正 |", table: "T4", column: "review_upheld", level: "exact" },
    { name: "现行有效件 for 现行有效件数 (an alias)", from: "| 现行有效件数 |", to: "| 现行有效件 |", table: "T2", block: "art20_1", column: "valid", level: "variant", expected: "现行有效件数" },
    { name: "本年收费金额 without its unit (an alias)", from: "| 本年收费金额（单位：万元） |", to: "| 本年收费金额 |", table: "T2", block: "art20_8", column: "amount", level: "variant" },
    { name: "an added 的", from: "| 1.本机关不掌握相关政府信息 |", to: "| 1.本机关不掌握相关的政府信息 |", table: "T3", row: "unable_1", level: "variant", expected: "1.本机关不掌握相关政府信息" },
    { name: "another enumerator for the same label", from: "| 2.没有现成信息需要另行制作 |", to: "| 3.没有现成信息需要另行制作 |", table: "T3", row: "unable_2", level: "variant" },
    { name: "一、 for （一）", from: "| （一）予以公开 |", to: "| 一、予以公开 |", table: "T3", row: "granted", level: "variant" },
    { name: "a label without its enumerator", from: "| 8.属于行政查询事项 |", to: "| 属于行政查询事项 |", table: "T3", row: "refused_8", level: "exact" },
    { name: "the short （二）部分公开 (an alias)", from: "| （二）部分公开（区分处理的，只计这一情形，不计其他情形） |", to: "| （二）部分公开 |", table: "T3", row: "partial", level: "variant" },
  ];
  for (const c of cases) {
    it(`${c.name}: bound, as ${c.level}`, () => {
      const markdown = edit([[c.from, c.to]]);
      const bound = bindMarkdown(markdown);
      expect(shapeProblems(bound)).toEqual([]);
      const block = boundBlock(bound, c.table, c.block ?? (c.table === "T2" ? "art20_1" : "main"));
      const ref = c.row ? block.rows.find((r) => r.def.key === c.row)?.label : block.columns.find((col) => col.def.key === c.column)?.header;
      expect(ref, "the label is bound").toBeDefined();
      expect(ref!.level).toBe(c.level);
      if (c.expected) expect(ref!.expected).toBe(c.expected);
      // The reference points at the label as written.
      expect(c.to).toContain(textAt(bound, ref!.range));
      // Binding a variant never moves numbers: every value is where the exact report has it.
      const exact = bindMarkdown(huaian);
      expect(boundValues(block)).toEqual(boundValues(boundBlock(exact, c.table, c.block ?? (c.table === "T2" ? "art20_1" : "main"))));
    });
  }
});

// ---------------------------------------------------------------------------------------------
// What does not fit is reported, never dropped or guessed into place
// ---------------------------------------------------------------------------------------------

describe("shape problems", () => {
  const huaian = readFileSync(join(samples, "huaian-2024.md"), "utf8");
  const edit = (from: string, to: string): string => {
    if (!huaian.includes(from)) throw new Error(`not in the sample: ${from}`);
    return huaian.replace(from, to);
  };
  const refused1 = "| 1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |";

  it("an unknown row is reported with the closest label, and its numbers go nowhere", () => {
    const bound = bindMarkdown(edit(refused1, "| 1.属于国家机密 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |"));
    expect(shapeProblems(bound)).toEqual(["T3 unknown-row 1.属于国家机密 → 1.属于国家秘密", "T3 missing-row refused_1"]);
    expect(boundValues(boundBlock(bound, "T3")).refused_1).toBeUndefined();
  });

  it("an extra row that is nothing like a template row is reported without a suggestion", () => {
    const bound = bindMarkdown(edit(refused1, `${refused1}\n| 9.申请人撤回申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |`));
    expect(shapeProblems(bound)).toEqual(["T3 unknown-row 9.申请人撤回申请"]);
  });

  it("a row with numbers and no label is reported", () => {
    const bound = bindMarkdown(edit(refused1, `${refused1}\n|  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |`));
    expect(shapeProblems(bound)).toEqual(["T3 unknown-row "]);
  });

  it("a duplicate row is reported and the first one stays bound", () => {
    const bound = bindMarkdown(edit(refused1, `${refused1}\n| 1.属于国家秘密 | 9 | 9 | 9 | 9 | 9 | 9 | 54 |`));
    expect(shapeProblems(bound)).toEqual(["T3 duplicate-row refused_1"]);
    expect(boundValues(boundBlock(bound, "T3")).refused_1!.natural).toBe(2);
  });

  it("missing rows are reported", () => {
    const markdown = edit(refused1 + "\n", "").replace("| 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 | 25 |\n", "");
    const bound = bindMarkdown(markdown);
    expect(shapeProblems(bound)).toEqual(["T3 missing-row refused_1", "T3 missing-row ignored_2"]);
  });

  it("an extra column is reported, and its cells are not bound", () => {
    const lines = huaian.split("\n").map((l) => {
      if (l.startsWith("| 申请人情况 |")) return l.replace("| 总计 |", "| 法人或其他组织小计 | 总计 |");
      if (l.startsWith("|---|---:|---:|---:|---:|---:|---:|---:|")) return `${l}---:|`;
      const cells = l.split("|");
      if (/^\| (?:[一二三四]、|（|\d\.)/u.test(l) && cells.length === 10) {
        const blank = cells.slice(2, 9).every((c) => !c.trim());
        return [...cells.slice(0, 8), blank ? " " : " 0 ", ...cells.slice(8)].join("|");
      }
      return l;
    });
    const bound = bindMarkdown(lines.join("\n"));
    expect(shapeProblems(bound)).toEqual(["T3 unknown-column 法人或其他组织小计"]);
    expect(boundValues(boundBlock(bound, "T3")).new).toEqual({ natural: 3001, commercial: 53, research: 0, welfare: 0, legal: 61, other_org: 4, total: 3119 });
  });

  it("a misspelt column is reported with the closest label, and reported missing", () => {
    const bound = bindMarkdown(edit("| 社会公益组织 |", "| 社会公益团体 |"));
    expect(shapeProblems(bound)).toEqual(["T3 unknown-column 社会公益团体 → 社会公益组织", "T3 missing-column welfare"]);
    expect(boundValues(boundBlock(bound, "T3")).new!.welfare).toBeUndefined();
  });

  it("a number beyond the last column is an extra cell", () => {
    const bound = bindMarkdown(edit("| 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 | 25 |", "| 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 | 25 | 7 |"));
    expect(shapeProblems(bound)).toEqual(["T3 extra-cell 7"]);
  });

  it("a row with too few cells reports the missing cells", () => {
    const bound = bindMarkdown(edit("| 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 | 25 |", "| 2.重复申请 | 25 | 0 | 0 | 0 | 0 |"));
    expect(shapeProblems(bound)).toEqual(["T3 missing-cell ignored_2.other_org", "T3 missing-cell ignored_2.total"]);
    const values = boundValues(boundBlock(bound, "T3")).ignored_2!;
    expect(values).toEqual({ natural: 25, commercial: 0, research: 0, welfare: 0, legal: 0 });
  });

  it("a row with text but no label is reported", () => {
    const bound = bindMarkdown(edit(refused1, `${refused1}\n|  | 注：含撤回申请 | | | | | | |`));
    expect(shapeProblems(bound)).toEqual(["T3 unknown-row "]);
  });

  it("a second table 三 is a duplicate table", () => {
    const t3 = huaian.slice(huaian.indexOf("| 申请人情况 |"), huaian.indexOf("## 四、"));
    const bound = bindMarkdown(huaian.replace("## 四、", `${t3}\n## 四、`));
    expect(shapeProblems(bound)).toEqual(["T3 duplicate-table"]);
  });

  it("a table 四 with a 16th column reports it", () => {
    const bound = bindMarkdown(edit("| 12 | 1 | 1 | 6 | 20 |", "| 12 | 1 | 1 | 6 | 20 | 5 |"));
    expect(shapeProblems(bound)).toEqual(["T4 extra-cell 5"]);
  });

  it("a table 四 missing a leaf column reports the column missing and binds the rest by their groups", () => {
    const header = "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |";
    const markdown = edit(header, header.replace("| 尚未审结 | 总计 | 结果维持 |", "| 总计 | 结果维持 |"));
    const bound = bindMarkdown(markdown);
    expect(shapeProblems(bound)).toContain("T4 missing-column review_pending");
  });
});
