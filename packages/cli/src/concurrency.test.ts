import { describe, expect, it } from "vitest";
import { workerCount } from "./concurrency.ts";

describe("workerCount", () => {
  it("auto: one worker per core, at most 8, from 50 files with three cores or more, from 1,500 with two, never with one", () => {
    expect(workerCount("auto", 49, 4)).toBe(0);
    expect(workerCount("auto", 50, 4)).toBe(4);
    expect(workerCount("auto", 50, 3)).toBe(3);
    expect(workerCount("auto", 1499, 2)).toBe(0);
    expect(workerCount("auto", 1500, 2)).toBe(2);
    expect(workerCount("auto", 100_000, 1)).toBe(0);
    expect(workerCount("auto", 1000, 32)).toBe(8);
  });

  it("off is the main thread; a number is taken as given, never above the number of files", () => {
    expect(workerCount("off", 1000, 8)).toBe(0);
    expect(workerCount(3, 1000, 2)).toBe(3);
    expect(workerCount(3, 2, 8)).toBe(2);
  });
});
