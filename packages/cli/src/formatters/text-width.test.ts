import { describe, expect, it } from "vitest";
import { displayWidth, padEndDisplay } from "./text-width.ts";

describe("displayWidth", () => {
  it("counts Chinese, full-width punctuation and full-width forms as two columns, ASCII as one", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("规章")).toBe(4);
    expect(displayWidth("（七）总计，")).toBe(12);
    expect(displayWidth("、。「」")).toBe(8);
    expect(displayWidth("２０２４")).toBe(8);
    expect(displayWidth("𠀀")).toBe(2); // CJK extension B, outside the BMP
  });

  it("counts ambiguous-width characters as one and marks, selectors and zero-width characters as none", () => {
    expect(displayWidth("·—“”")).toBe(4);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("a\u200bb\ufe0f")).toBe(2);
    expect(displayWidth("\u0007")).toBe(0);
  });

  it("padEndDisplay pads to columns, not characters, and never shortens", () => {
    expect(padEndDisplay("规章", 6)).toBe("规章  ");
    expect(padEndDisplay("ab", 6)).toBe("ab    ");
    expect(padEndDisplay("规章规章", 6)).toBe("规章规章");
  });
});
