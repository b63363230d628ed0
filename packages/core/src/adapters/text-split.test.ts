import { describe, expect, it } from "vitest";
import { createProfileRegistry } from "../profiles/builtin.ts";
import { describeSplit, MAX_SPLIT_DIGITS, rowArithmetic, splitJoined, type SplitResult } from "./text-split.ts";

const profile = createProfileRegistry().get("gov-annual-2021");
const block = (table: string, key: string) => profile.tables.find((t) => t.def.id === table)!.blocks.find((b) => b.def.key === key)!;
const t3 = block("T3", "main");
const t4 = block("T4", "main");
const art20_1 = block("T2", "art20_1");

const tokens = (text: string) => {
  let at = 0;
  return text.split(" ").map((t) => {
    const token = { text: t, start: at };
    at += t.length + 1;
    return token;
  });
};
const show = (r: SplitResult | undefined) =>
  r?.kind === "unique" ? describeSplit(r.parts) : r?.kind === "ambiguous" ? r.candidates.map(describeSplit) : r?.kind;

describe("splitJoined", () => {
  it("finds the only split of a table 三 row for which the applicant columns add up to 总计", () => {
    const result = splitJoined(tokens("713000074"), 7, rowArithmetic(t3, t3.rows[0]));
    expect(show(result)).toBe("71|3|0|0|0|0|74");
    // Each part keeps the place of its digits in the joined token: a fix edits those digits.
    expect(result?.kind === "unique" && result.parts.map((p) => [p.start, p.end])).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
      [6, 7],
      [7, 9],
    ]);
  });

  it("splits across several tokens, keeping tokens that need no split", () => {
    expect(show(splitJoined(tokens("2932530061 4 3050"), 7, rowArithmetic(t3, t3.rows[0])))).toBe("2932|53|0|0|61|4|3050");
  });

  it("gives every split when more than one adds up", () => {
    expect(show(splitJoined(tokens("111000012"), 7, rowArithmetic(t3, t3.rows[0])))).toEqual([
      "1|1|10|0|0|0|12",
      "1|11|0|0|0|0|12",
      "11|1|0|0|0|0|12",
    ]);
  });

  it("says when no split adds up", () => {
    expect(show(splitJoined(tokens("12345678"), 7, rowArithmetic(t3, t3.rows[0])))).toBe("none");
  });

  it("uses each block of table 四 to split its fifteen numbers", () => {
    expect(show(splitJoined(tokens("000000000000000"), 15, rowArithmetic(t4, t4.rows[0])))).toBe("0|0|0|0|0|0|0|0|0|0|0|0|0|0|0");
    expect(show(splitJoined(tokens("726417837351 13481 26 12116 20"), 15, rowArithmetic(t4, t4.rows[0])))).toBe("too-long");
  });

  it("never gives a part a leading zero", () => {
    // 1|0|00 and 1|00|0 are no numbers as written; 10|0|0 is the only reading.
    expect(show(splitJoined(tokens("1000"), 3, rowArithmetic(art20_1, art20_1.rows[0])))).toBe("10|0|0");
  });

  it("without arithmetic for the row, splits only when the digits allow one reading", () => {
    expect(show(splitJoined(tokens("000"), 3, rowArithmetic(art20_1, art20_1.rows[0])))).toBe("0|0|0");
    expect(show(splitJoined(tokens("1234"), 3, rowArithmetic(art20_1, art20_1.rows[0])))).toEqual(["1|2|34", "1|23|4", "12|3|4"]);
  });

  it("does nothing when nothing was joined: as many tokens as cells, or too few digits", () => {
    expect(splitJoined(tokens("0 0 0"), 3, () => true)).toBeUndefined();
    expect(splitJoined(tokens("0 0"), 3, () => true)).toBeUndefined();
  });

  it(`does not search rows of more than ${MAX_SPLIT_DIGITS} digits`, () => {
    expect(show(splitJoined(tokens("1".repeat(MAX_SPLIT_DIGITS + 1)), 7, () => true))).toBe("too-long");
  });
});

describe("splitJoined with full-width digits", () => {
  it("splits them where they stand", () => {
    const result = splitJoined([{ text: "７１３００００７４", start: 10 }], 7, rowArithmetic(t3, t3.rows[0]));
    expect(result?.kind === "unique" && result.parts.map((p) => `${p.text}@${p.start}`)).toEqual(["７１@10", "３@12", "０@13", "０@14", "０@15", "０@16", "７４@17"]);
  });
});
