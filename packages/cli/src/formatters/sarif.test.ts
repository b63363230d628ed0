import { builtinRules, ruleDocsUrl, VERSION, type LintMessage } from "@reportlint/core";
import { describe, expect, it } from "vitest";
import { toResult } from "../results.ts";
import { INFORMATION_URI, SARIF_MAX_RESULTS, sarif } from "./sarif.ts";
import { shortDescription } from "./sarif-rules.ts";
import { ALL, CWD, MARKDOWN } from "./test-support.ts";

function run(results: Parameters<typeof sarif>[0], locale: "zh" | "en" = "zh", notes: string[] = []) {
  const text = sarif(results, { cwd: CWD, color: false, locale, notify: (note) => notes.push(note) });
  expect(text.endsWith("}\n")).toBe(true);
  return JSON.parse(text).runs[0];
}

const finding = (line: number, message: string, severity: 1 | 2 = 2, data?: LintMessage["data"]): LintMessage => ({
  ruleId: "arithmetic",
  severity,
  message,
  messageId: "mismatch",
  ...(data ? { data } : {}),
  line,
  column: 3,
  endLine: line,
  endColumn: 7,
});

describe("sarif", () => {
  it("one run: results with rule index, level, message, relative percent-encoded URI, region and fingerprint; read errors as notifications", () => {
    const notes: string[] = [];
    const { tool, ...rest } = run(ALL, "zh", notes);
    expect(notes).toEqual([]);
    expect(tool.driver).toMatchObject({ name: "reportlint", version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI });
    const srcroot = (uri: string) => ({ uri, uriBaseId: "%SRCROOT%" });
    const markdown = srcroot("2024%E5%B9%B4/%E7%94%B2%E5%8E%BF%E6%8A%A5%E5%91%8A.md");
    expect(rest).toEqual({
      invocations: [
        {
          executionSuccessful: true,
          toolExecutionNotifications: [
            {
              level: "error",
              message: { text: "无法读取此文件：permission denied。请检查路径、文件类型和读取权限。" },
              descriptor: { id: "read-error" },
              locations: [{ physicalLocation: { artifactLocation: srcroot("locked.md") } }],
            },
          ],
        },
      ],
      originalUriBaseIds: { "%SRCROOT%": { uri: "file:///work/reports/" } },
      language: "zh-CN",
      columnKind: "utf16CodeUnits",
      results: [
        {
          ruleId: "arithmetic",
          ruleIndex: 10,
          level: "error",
          message: { text: MARKDOWN.messages[0]!.message },
          locations: [{ physicalLocation: { artifactLocation: markdown, region: { startLine: 77, startColumn: 11, endLine: 77, endColumn: 15 } } }],
          partialFingerprints: { "reportlintFinding/v2": "0754f6856375a0c5978679ce266227f8:1" },
        },
        {
          ruleId: "blank-cell",
          ruleIndex: 9,
          level: "warning",
          message: { text: "规章·本年废止件数 是空白。无数据请填 0。" },
          locations: [{ physicalLocation: { artifactLocation: markdown, region: { startLine: 130, startColumn: 12, endLine: 130, endColumn: 12 } } }],
          partialFingerprints: { "reportlintFinding/v2": "e88ed1104cf836a85d239b8e1461602c:1" },
        },
        {
          ruleId: "table-labels",
          ruleIndex: 7,
          level: "warning",
          message: { text: "文档第2个表格 第27行第1列：行标签“规 章”应为“规章”。" },
          locations: [{ physicalLocation: { artifactLocation: srcroot("%E4%B9%99%E5%8E%BF.docx") }, message: { text: "文档第2个表格 第27行第1列" } }],
          partialFingerprints: { "reportlintFinding/v2": "ee263c8186946845fc163cb9f9ad0de4:1" },
          properties: { place: { table: 2, row: 27, column: 1 } },
        },
      ],
    });
  });

  it("describes every built-in rule in the registry's order, with its docs page and default level", () => {
    const { rules } = run([]).tool.driver;
    expect(rules.map((r: { id: string }) => r.id)).toEqual([...builtinRules.keys()]);
    expect(rules[10]).toEqual({
      id: "arithmetic",
      shortDescription: { text: "Table numbers must satisfy the template's relations." },
      fullDescription: { text: builtinRules.get("arithmetic")!.meta.description.en },
      helpUri: "https://github.com/reportlint/reportlint/blob/main/docs/rules/arithmetic.md",
      defaultConfiguration: { level: "error" },
      properties: { tags: ["problem"] },
    });
    expect(rules.find((r: { id: string }) => r.id === "blank-cell").defaultConfiguration).toEqual({ level: "warning" });
    expect(ruleDocsUrl("arithmetic")!.startsWith(`${INFORMATION_URI}/`)).toBe(true);
  });

  it("short descriptions: the first clause, without parentheses", () => {
    expect(shortDescription("The parts must follow the template's order (一 to 六).")).toBe("The parts must follow the template's order.");
    expect(shortDescription("An issuer without the power (townships do not make 规章) reports 0 throughout its row.")).toBe("An issuer without the power reports 0 throughout its row.");
    expect(shortDescription("Amounts must be in the unit the template fixes (e.g. 万元); a value written with 元 is wrong.")).toBe("Amounts must be in the unit the template fixes.");
  });

  it("a message of a reader that has no rule is reported under its message id, with a descriptor after the built-in ones", () => {
    const split: LintMessage = { ruleId: null, severity: 1, message: "拆分了数字", messageId: "split-numbers", line: 3, column: 1, endLine: 3, endColumn: 10 };
    const r = run([toResult(`${CWD}/a.txt`, [split])]);
    expect(r.results[0]).toMatchObject({ ruleId: "split-numbers", ruleIndex: builtinRules.size, level: "warning" });
    expect(r.tool.driver.rules.at(-1)).toEqual({ id: "split-numbers" });
  });

  it("a file outside the working directory by absolute file: URI; an internal error makes the run unsuccessful; English messages declare en-US", () => {
    const internal: LintMessage = { ruleId: null, severity: 2, message: "reportlint failed internally", messageId: "internal-error", line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true };
    const r = run([toResult("/elsewhere/年报.md", [finding(5, "x")]), toResult(`${CWD}/b.md`, [internal])], "en");
    expect(r.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "file:///elsewhere/%E5%B9%B4%E6%8A%A5.md" });
    expect(r.invocations[0].executionSuccessful).toBe(false);
    expect(r.language).toBe("en-US");
  });

  it("standard input without a name: the artifact is only described", () => {
    const r = run([toResult("<text>", [finding(2, "x")])]);
    expect(r.results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { description: { text: "<text>" } }, region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 7 } });
  });

  describe("fingerprints", () => {
    const fingerprints = (messages: LintMessage[], path = `${CWD}/r.md`): string[] =>
      run([toResult(path, messages)]).results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints["reportlintFinding/v2"]);

    const total = (line: number, cell: string, written: number, computed: number, message = `${cell} 写的是 ${written}，但各项之和为 ${computed}。`): LintMessage =>
      finding(line, message, 2, { cell, written, computed, explain: { zh: "各项之和", en: "the sum of the items" } });

    it("do not change when the lines move or the numbers in the message change", () => {
      const before = fingerprints([total(77, "（七）总计·自然人", 2930, 2932)]);
      const after = fingerprints([total(91, "（七）总计·自然人", 2931, 2933)]);
      expect(after).toEqual(before);
    });

    it("come from the message's id and values, not its text: the same in English", () => {
      const zh = fingerprints([total(77, "（七）总计·自然人", 2930, 2932)]);
      expect(fingerprints([total(77, "（七）总计·自然人", 2930, 2932, "（七）总计·自然人 is 2930, but the sum of the items is 2932.")])).toEqual(zh);
      expect(fingerprints([{ ...total(77, "（七）总计·自然人", 2930, 2932), messageId: "bound" }])).not.toEqual(zh);
    });

    it("differ for another cell, rule or file, and count findings that are otherwise alike", () => {
      const year = (line: number, value: number): LintMessage => ({ ...finding(line, `年份 ${value} 不对。`, 2, { year: value }), ruleId: "stray-year", messageId: "stray" });
      const [a, b, c, d] = fingerprints([total(1, "（七）总计·自然人", 1, 2), total(2, "（七）总计·法人", 1, 2), year(3, 2019), year(4, 2018)]);
      expect(new Set([a, b, c]).size).toBe(3);
      expect(c!.replace(/:1$/u, ":2")).toBe(d);
      expect(fingerprints([total(1, "（七）总计·自然人", 1, 2)], `${CWD}/other.md`)[0]).not.toBe(a);
    });
  });

  it(`at most ${SARIF_MAX_RESULTS} results, errors first, in file order; the cut is noted in the run, its properties and on stderr`, () => {
    const warnings = Array.from({ length: 10 }, (_, i) => finding(i + 1, "w", 1));
    const errors = Array.from({ length: SARIF_MAX_RESULTS - 4 }, (_, i) => finding(i + 100, "e"));
    const notes: string[] = [];
    const r = run([toResult(`${CWD}/big.md`, [...warnings, ...errors])], "en", notes);
    expect(r.results).toHaveLength(SARIF_MAX_RESULTS);
    // The four warnings that fit are the first four, and they keep their place before the errors.
    expect(r.results.slice(0, 5).map((x: { level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }) => `${x.level} ${x.locations[0]!.physicalLocation.region.startLine}`)).toEqual([
      "warning 1",
      "warning 2",
      "warning 3",
      "warning 4",
      "error 100",
    ]);
    const note = `A SARIF report holds at most 25000 results (GitHub code scanning's limit per run). This run has 25006: 25000 are included, errors before warnings, and 6 are left out; --format json has them all.`;
    expect(notes).toEqual([note]);
    expect(r.properties).toEqual({ resultsTruncated: true, totalResults: 25006, omittedResults: 6 });
    expect(r.invocations[0].toolExecutionNotifications).toEqual([{ level: "warning", message: { text: note }, descriptor: { id: "results-truncated" } }]);
  });

  it("the note in Chinese", () => {
    const notes: string[] = [];
    run([toResult(`${CWD}/big.md`, Array.from({ length: SARIF_MAX_RESULTS + 1 }, (_, i) => finding(i + 1, "e")))], "zh", notes);
    expect(notes).toEqual(["SARIF 报告最多收录 25000 条结果（GitHub 代码扫描每次运行的上限）。本次共 25001 条，已先错误后警告收录 25000 条，省略 1 条；完整结果请用 --format json 查看。"]);
  });
});
