import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lint, type YearFacts } from "@reportlint/core";
import { describe, expect, it } from "vitest";
import { crossYearFindings } from "./cross-year.ts";
import { FactStore } from "./fact-store.ts";

const dir = join(import.meta.dirname, "../../../fixtures/cross-year");
const factsOf = (name: string, edit: (text: string) => string = (t) => t): YearFacts => lint(edit(readFileSync(join(dir, name), "utf8"))).facts!;
/** The 2024 report as another issuer's, or as another year's. */
const renamed = (issuer: string, year = 2024) => (text: string) => text.replaceAll("淮安市人民政府", issuer).replaceAll("2024", String(year));

describe("FactStore", () => {
  it("gives back each file's facts as they were given, sharing the layout of one template", () => {
    const store = new FactStore();
    const a = factsOf("match/huaian-2024.md");
    const b = factsOf("match/huaian-2023.md");
    store.add("/r/2024.md", a);
    store.add("/r/2023.md", b);
    const back = [...store.pairable()];
    expect(back.map((f) => f.filePath)).toEqual(["/r/2024.md", "/r/2023.md"]);
    expect(back[0]!.facts).toEqual(a);
    expect(back[1]!.facts).toEqual(b);
    expect(back[0]!.facts.names).toBe(back[1]!.facts.names);
  });

  it("reads back only the files that have a report of their issuer for the same, the previous or the next year", () => {
    const store = new FactStore();
    store.add("a-2024.md", factsOf("match/huaian-2024.md"));
    store.add("b-2024.md", factsOf("match/huaian-2024.md", renamed("靖江市人民政府")));
    store.add("c-2024.md", factsOf("match/huaian-2024.md", renamed("丰县人民政府")));
    store.add("c-2024-copy.md", factsOf("match/huaian-2024.md", renamed("丰县人民政府")));
    store.add("d-2022.md", factsOf("match/huaian-2024.md", renamed("沛县人民政府", 2022)));
    store.add("d-2024.md", factsOf("match/huaian-2024.md", renamed("沛县人民政府", 2024)));
    store.add("a-2023.md", factsOf("match/huaian-2023.md"));
    expect([...store.pairable()].map((f) => f.filePath)).toEqual(["a-2024.md", "c-2024.md", "c-2024-copy.md", "a-2023.md"]);
  });

  it("finds what the facts held as objects find", () => {
    const files = [
      { filePath: "/r/2024.md", facts: factsOf("mismatch/huaian-2024.md") },
      { filePath: "/r/2023.md", facts: factsOf("mismatch/huaian-2023.md") },
    ];
    const store = new FactStore();
    for (const f of files) store.add(f.filePath, f.facts);
    const expected = crossYearFindings(files, "/r", "zh");
    expect([...expected].map(([path, messages]) => [path, messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)])).toEqual([
      ["/r/2024.md", ["31:22 cross-year-in-force", "50:22 cross-year-carryover", "50:47 cross-year-carryover"]],
    ]);
    expect(crossYearFindings(store.pairable(), "/r", "zh")).toEqual(expected);
  });

  it("keeps records larger than an arena chunk", () => {
    const store = new FactStore();
    const facts = factsOf("match/huaian-2024.md");
    const huge = { ...facts, issuerText: `${facts.issuerText}${"附".repeat(600_000)}` }; // 1.8 MB of UTF-8
    store.add("huge.md", huge);
    store.add("next.md", { ...facts, year: 2023 });
    const back = [...store.pairable()];
    expect(back.map((f) => f.facts.issuerText.length)).toEqual([huge.issuerText.length, facts.issuerText.length]);
  });
});
