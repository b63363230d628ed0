/**
 * simpleFrontMatter must give exactly the entries the yaml package gives (keys, values as the adapter formats
 * them, value offsets) whenever it answers at all; and it must answer for the front matter reports carry.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pick, rng } from "../testing/random.ts";
import { isMap, isScalar, parseDocument } from "yaml";
import { parseMarkdown } from "./markdown.ts";
import { simpleFrontMatter } from "./markdown-front-matter.ts";

const ROOT = join(import.meta.dirname, "../../../..");

/** What markdown.ts made of front matter before the fast path: the yaml package's scalar pairs. */
function yamlEntries(text: string): { key: string; value: string; start: number; end: number }[] | "error" {
  const parsed = parseDocument(text, { prettyErrors: false });
  if (parsed.errors.length > 0) return "error";
  const out: { key: string; value: string; start: number; end: number }[] = [];
  if (!isMap(parsed.contents)) return out;
  for (const pair of parsed.contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const [start, end] = pair.value.range ?? [0, 0];
    const v = pair.value.value;
    out.push({ key: String(pair.key.value), value: v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ""), start, end });
  }
  return out;
}

const KEYS = ["title", "issuer", "year", "type", "date", "null", "True", "a-b", "_x", "1", "键", "title ", " title", "x:y"];
const VALUES = [
  "淮安市人民政府2024年政府信息公开工作年度报告", "淮安市人民政府", "2024", "0", "007", "12345678901234567890", "1e3", "1.5", "-1", "+1",
  ".5", "0x1F", "0o17", ".inf", ".nan", "~", "null", "Null", "true", "FALSE", "yes", "no", "2025-01-20", "2024年", "a b", "a  b",
  "a: b", "a #b", "a#b", "'q'", '"q"', "[a]", "{a: 1}", "- a", "? a", "| a", "> a", "&a", "*a", "!t", "%x", "@x", "`x", "a ", "",
  "　全角空格", "x\ty", "a,b", "a]", "中文：冒号", "https://example.com", "\u0007", "\uFEFFx",
];

describe("simpleFrontMatter", () => {
  it("gives the yaml package's entries whenever it answers", () => {
    let answered = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const r = rng(seed);
      const lines: string[] = [];
      const n = 1 + Math.floor(r() * 5);
      for (let k = 0; k < n; k++) {
        const x = r();
        if (x < 0.05) lines.push("");
        else if (x < 0.08) lines.push(pick(r, ["# comment", "  nested: 1", "- item", "...", "---", "key", "key:", "key:  "]));
        else {
          const key = r() < 0.8 ? pick(r, KEYS.slice(0, 5)) : pick(r, KEYS);
          const value = r() < 0.75 ? pick(r, VALUES.slice(0, 3)) : pick(r, VALUES);
          lines.push(`${key}:${r() < 0.95 ? " " : r() < 0.5 ? "" : "  "}${value}`);
        }
      }
      const text = lines.join(r() < 0.05 ? "\r\n" : "\n");
      const simple = simpleFrontMatter(text);
      if (simple === undefined) continue;
      answered++;
      expect(simple, JSON.stringify(text)).toEqual(yamlEntries(text));
    }
    expect(answered).toBeGreaterThan(300);
  });

  it("answers for the fixtures' front matter, and the adapter reads the same entries either way", () => {
    const files = readdirSync(join(ROOT, "fixtures/samples")).filter((f) => f.endsWith(".md"));
    let withFrontMatter = 0;
    for (const file of files) {
      const source = readFileSync(join(ROOT, "fixtures/samples", file), "utf8");
      const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
      if (!m) continue;
      withFrontMatter++;
      const simple = simpleFrontMatter(m[1]!);
      expect(simple, file).toBeDefined();
      expect(simple).toEqual(yamlEntries(m[1]!));
      const entries = parseMarkdown(source).frontMatter!.entries;
      expect([...entries.keys()]).toEqual(simple!.map((e) => e.key));
      for (const e of simple!) expect(entries.get(e.key)!.range.start).toBe(4 + e.start);
    }
    expect(withFrontMatter).toBeGreaterThan(0);
  });
});
