// The extension's text in Chinese must keep up with its text in English: every message passed to
// vscode.l10n.t has a translation, and every %key% of the manifest has both.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const extension = join(import.meta.dirname, "..");
const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(extension, path), "utf8")) as Record<string, unknown>;

/** The string literals passed to t(...) in the extension's sources, unescaped. */
function messages(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(join(extension, "src")).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const source = readFileSync(join(extension, "src", file), "utf8");
    for (const m of source.matchAll(/\bt\((?:"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)')/gu)) {
      out.push(m[1] !== undefined ? (JSON.parse(`"${m[1]}"`) as string) : (JSON.parse(`"${m[2]!.replace(/"/gu, '\\"')}"`) as string));
    }
  }
  return out;
}

describe("localisation", () => {
  it("translates every runtime message into Chinese, and nothing else", () => {
    const used = [...new Set(messages())].sort();
    expect(used.length).toBeGreaterThan(10);
    expect(Object.keys(json("l10n/bundle.l10n.zh-cn.json")).sort()).toEqual(used);
  });

  it("gives every %key% of package.json in English and in Chinese", () => {
    const keys = [...new Set([...readFileSync(join(extension, "package.json"), "utf8").matchAll(/"%([^%"]+)%"/gu)].map((m) => m[1]!))].sort();
    expect(Object.keys(json("package.nls.json")).sort()).toEqual(keys);
    expect(Object.keys(json("package.nls.zh-cn.json")).sort()).toEqual(keys);
  });
});
