import { describe, expect, it } from "vitest";
import { toResult } from "../results.ts";
import { junit } from "./junit.ts";
import { ALL, CWD } from "./test-support.ts";
import { xmlAttribute, xmlText } from "./xml.ts";

const DOCS = "https://github.com/reportlint/reportlint/blob/main/docs/rules";

describe("junit", () => {
  it("a suite per file, a case per finding: errors fail, warnings pass with their text, unreadable files are errors, clean files one passing case", () => {
    expect(junit(ALL, { cwd: CWD, color: false, locale: "zh" })).toBe(
      [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<testsuites name="reportlint" tests="5" failures="1" errors="1">`,
        `  <testsuite name="2024年/甲县报告.md" tests="2" failures="1" errors="0">`,
        `    <testcase classname="2024年/甲县报告.md" name="arithmetic 77:11">`,
        `      <failure type="arithmetic" message="（七）总计·自然人 写的是 2930，但各项之和为 2932（R3：（七）总计等于各项办理结果之和）。请核对各项数字，或将其改为 2932。">77:11 error （七）总计·自然人 写的是 2930，但各项之和为 2932（R3：（七）总计等于各项办理结果之和）。请核对各项数字，或将其改为 2932。 (arithmetic)`,
        `${DOCS}/arithmetic.md</failure>`,
        `    </testcase>`,
        `    <testcase classname="2024年/甲县报告.md" name="blank-cell 130:12">`,
        `      <system-out>130:12 warning 规章·本年废止件数 是空白。无数据请填 0。 (blank-cell)`,
        `${DOCS}/blank-cell.md</system-out>`,
        `    </testcase>`,
        `  </testsuite>`,
        `  <testsuite name="乙县.docx" tests="1" failures="0" errors="0">`,
        `    <testcase classname="乙县.docx" name="table-labels 文档第2个表格 第27行第1列">`,
        `      <system-out>文档第2个表格 第27行第1列 warning 行标签“规 章”应为“规章”。 (table-labels)`,
        `${DOCS}/table-labels.md</system-out>`,
        `    </testcase>`,
        `  </testsuite>`,
        `  <testsuite name="clean.md" tests="1" failures="0" errors="0">`,
        `    <testcase classname="clean.md" name="reportlint"/>`,
        `  </testsuite>`,
        `  <testsuite name="locked.md" tests="1" failures="0" errors="1">`,
        `    <testcase classname="locked.md" name="read-error">`,
        `      <error type="read-error" message="无法读取此文件：permission denied。请检查路径、文件类型和读取权限。">error 无法读取此文件：permission denied。请检查路径、文件类型和读取权限。 (read-error)</error>`,
        `    </testcase>`,
        `  </testsuite>`,
        `</testsuites>`,
        ``,
      ].join("\n"),
    );
  });

  it("escapes markup, quotes and characters XML cannot hold; keeps Chinese as it is", () => {
    expect(xmlText(`a<b>&"c"\u0001\uFFFF\uD800`)).toBe(`a&lt;b&gt;&amp;"c"\uFFFD\uFFFD\uFFFD`);
    expect(xmlAttribute(`"规章"\t<x>\n`)).toBe(`&quot;规章&quot;&#9;&lt;x&gt;&#10;`);
    const odd = toResult(`${CWD}/a&b.md`, [{ ruleId: "cell-value", severity: 2, message: `写了 "<1>" & \u0002`, messageId: "m", line: 1, column: 2, endLine: 1, endColumn: 3 }]);
    expect(junit([odd], { cwd: CWD, color: false, locale: "en" })).toContain(
      `<testcase classname="a&amp;b.md" name="cell-value 1:2">\n      <failure type="cell-value" message="写了 &quot;&lt;1&gt;&quot; &amp; \uFFFD">1:2 error 写了 "&lt;1&gt;" &amp; \uFFFD (cell-value)\n${DOCS}/cell-value.md</failure>`,
    );
  });
});
