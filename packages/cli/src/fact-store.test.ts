import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lint, type YearFacts } from "@reportlint/core";
import { describe, expect, it } from "vitest";
import { crossYearFindings } from "./cross-year.ts";
import { FactPacker, FactStore } from "./fact-store.ts";

const dir = join(import.meta.dirname, "../../../fixtures/cross-year");
const factsOf = (name: string, edit: (text: string) => string = (t) => t): YearFacts => lint(edit(readFileSync(join(dir, name), "utf8"))).facts!;
/** The 2024 report as another issuer's, or as another year's. */
const renamed = (issuer: string, year = 2024) => (text: string) => text.replaceAll("淮安市人民政府", issuer).replaceAll("2024", String(year));

/** A store filled the way a run in the main thread fills it: one packer. */
function storeOf(files: [string, YearFacts][]): FactStore {
  const store = new FactStore();
  const packer = new FactPacker("main");
  for (const [path, facts] of files) store.add(path, packer.pack(facts));
  return store;
}

describe("FactPacker", () => {
  it("sends a layout with the first file that has it, and only its id after that", () => {
    const packer = new FactPacker("worker 1");
    const facts = factsOf("match/huaian-2024.md");
    const first = packer.pack(facts);
    const second = packer.pack(factsOf("match/huaian-2023.md"));
    expect(first.layoutValue).toEqual({ keys: facts.keys, names: facts.names, severity: facts.severity });
    expect(second.layoutValue).toBeUndefined();
    expect([first.layout, second.layout]).toEqual(["worker 1:0", "worker 1:0"]);
    expect(JSON.parse(first.record)).not.toHaveProperty("keys");
  });
});

describe("FactStore", () => {
  it("gives back each file's facts as they were given, sharing the layout of one template", () => {
    const a = factsOf("match/huaian-2024.md");
    const b = factsOf("match/huaian-2023.md");
    const back = [...storeOf([["/r/2024.md", a], ["/r/2023.md", b]]).pairable()];
    expect(back.map((f) => f.filePath)).toEqual(["/r/2024.md", "/r/2023.md"]);
    expect(back[0]!.facts).toEqual(a);
    expect(back[1]!.facts).toEqual(b);
    expect(back[0]!.facts.names).toBe(back[1]!.facts.names);
  });

  it("reads back only the files that have a report of their issuer for the same, the previous or the next year", () => {
    const store = storeOf([
      ["a-2024.md", factsOf("match/huaian-2024.md")],
      ["b-2024.md", factsOf("match/huaian-2024.md", renamed("靖江市人民政府"))],
      ["c-2024.md", factsOf("match/huaian-2024.md", renamed("丰县人民政府"))],
      ["c-2024-copy.md", factsOf("match/huaian-2024.md", renamed("丰县人民政府"))],
      ["d-2022.md", factsOf("match/huaian-2024.md", renamed("沛县人民政府", 2022))],
      ["d-2024.md", factsOf("match/huaian-2024.md", renamed("沛县人民政府", 2024))],
      ["a-2023.md", factsOf("match/huaian-2023.md")],
    ]);
    expect([...store.pairable()].map((f) => f.filePath)).toEqual(["a-2024.md", "c-2024.md", "c-2024-copy.md", "a-2023.md"]);
  });

  it("finds what the facts held as objects find", () => {
    const files = [
      { filePath: "/r/2024.md", facts: factsOf("mismatch/huaian-2024.md") },
      { filePath: "/r/2023.md", facts: factsOf("mismatch/huaian-2023.md") },
    ];
    const store = storeOf(files.map((f) => [f.filePath, f.facts]));
    const expected = crossYearFindings(files, "/r", "zh");
    expect([...expected].map(([path, messages]) => [path, messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)])).toEqual([
      ["/r/2024.md", ["31:22 cross-year-in-force", "50:22 cross-year-carryover", "50:47 cross-year-carryover"]],
    ]);
    expect(crossYearFindings(store.pairable(), "/r", "zh")).toEqual(expected);
  });

  it("keeps records larger than an arena chunk", () => {
    const facts = factsOf("match/huaian-2024.md");
    const huge = { ...facts, issuerText: `${facts.issuerText}${"附".repeat(600_000)}` }; // 1.8 MB of UTF-8
    const back = [...storeOf([["huge.md", huge], ["next.md", { ...facts, year: 2023 }]]).pairable()];
    expect(back.map((f) => f.facts.issuerText.length)).toEqual([huge.issuerText.length, facts.issuerText.length]);
  });

  it("takes files from several threads' packers in input order, whichever file carried a layout", () => {
    // Worker 2 linted the later file first: its layout travelled with it, not with the earlier one.
    const [one, two] = [new FactPacker("worker 1"), new FactPacker("worker 2")];
    const a = factsOf("match/huaian-2024.md");
    const b = factsOf("match/huaian-2023.md");
    const c = factsOf("match/huaian-2024.md", renamed("淮安市人民政府", 2025));
    const later = two.pack(c);
    const earlier = two.pack(b);
    const store = new FactStore();
    store.add("/r/2024.md", one.pack(a));
    store.add("/r/2023.md", earlier);
    store.add("/r/2025.md", later);
    expect(earlier.layoutValue).toBeUndefined();
    expect([...store.pairable()].map((f) => [f.filePath, f.facts])).toEqual([
      ["/r/2024.md", a],
      ["/r/2023.md", b],
      ["/r/2025.md", c],
    ]);
  });
});
