import { describe, expect, it } from "vitest";
import { isPipeLine, isRuleLine, lineTokens, maskComments, readLines } from "./text-lines.ts";

const linesOf = (source: string) => readLines(maskComments(source).masked);
const texts = (source: string) => linesOf(source).map((l) => l.text);

describe("readLines", () => {
  it("keeps the offsets of every line and of its trimmed content, for \\n, \\r\\n and \\r", () => {
    const source = "a\r\n  bc \rd\n";
    const lines = linesOf(source);
    expect(lines.map((l) => l.text)).toEqual(["a", "bc", "d"]);
    expect(lines.map((l) => source.slice(l.contentStart, l.contentEnd))).toEqual(["a", "bc", "d"]);
    expect(lines[1]!.start).toBe(3);
  });

  it("takes off a page footer glued to the start of a line, and drops a line that is only a footer", () => {
    const source = "- 1 -营商环境高质量推进产业发展\n- 4 -法提供 2.没有现成信息需要另行制作 11 0\n- 6 -\n第 3 页\n";
    const lines = linesOf(source);
    expect(lines.map((l) => l.text)).toEqual(["营商环境高质量推进产业发展", "法提供 2.没有现成信息需要另行制作 11 0", "", ""]);
    expect(source.slice(lines[0]!.footer!.start, lines[0]!.footer!.end)).toBe("- 1 -");
    expect(source.slice(lines[1]!.contentStart, lines[1]!.contentStart + 3)).toBe("法提供");
  });

  it("does not take a row of numbers or blanks for a footer", () => {
    expect(texts("- 0 0\n-\n12 - 3\n")).toEqual(["- 0 0", "-", "12 - 3"]);
  });

  it("masks comments with spaces, keeping offsets and line breaks, and collects them", () => {
    const source = "规章\n<!-- a\nb -->\n0";
    const { masked, comments } = maskComments(source);
    expect(masked.length).toBe(source.length);
    expect(texts(source)).toEqual(["规章", "", "", "0"]);
    expect(comments).toEqual([{ text: " a\nb ", range: { start: 3, end: 15 } }]);
  });
});

describe("lineTokens", () => {
  it("splits a line on white space when it has no cell separators", () => {
    const [line] = linesOf("一、本年新收政府信息公开申请数量 3001 53 0");
    expect(lineTokens(line!).map((t) => t.text)).toEqual(["一、本年新收政府信息公开申请数量", "3001", "53", "0"]);
    expect(lineTokens(line!).every((t) => !t.piped)).toBe(true);
  });

  it("reads the cells of a | line, outer bars or not, empty cells included, each with its place", () => {
    const source = "| 规章 |  | 0 |\n规章|0||3";
    const [a, b] = linesOf(source);
    expect(isPipeLine(a!) && isPipeLine(b!)).toBe(true);
    expect(lineTokens(a!).map((t) => t.text)).toEqual(["规章", "", "0"]);
    expect(lineTokens(b!).map((t) => t.text)).toEqual(["规章", "0", "", "3"]);
    const empty = lineTokens(a!)[1]!;
    expect(source.slice(empty.inner!.start, empty.inner!.end)).toBe("  ");
    const zero = lineTokens(b!)[1]!;
    expect(source.slice(zero.start, zero.end)).toBe("0");
  });

  it("reads a tab-separated row (a table copied from a browser) as cells, an empty one being blank", () => {
    const [line] = linesOf("规章\t\t0\t3");
    expect(lineTokens(line!).map((t) => [t.text, t.piped])).toEqual([
      ["规章", true],
      ["", true],
      ["0", true],
      ["3", true],
    ]);
  });

  it("has no tokens for a Markdown table rule", () => {
    const [line] = linesOf("|---|---:|");
    expect(isRuleLine(line!)).toBe(true);
    expect(lineTokens(line!)).toEqual([]);
  });
});
