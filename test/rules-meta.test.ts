import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../packages/core/src/index.ts";

const docs = join(import.meta.dirname, "..", "docs", "rules");

describe.each([...builtinRules.values()].map((rule) => [rule.meta.id, rule] as const))("rule %s", (id, rule) => {
  const { meta } = rule;

  it("has an id in kebab-case that names its docs page", () => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const page = join(docs, `${id}.md`);
    expect(existsSync(page), page).toBe(true);
    expect(readFileSync(page, "utf8").startsWith(`# ${id}\n`)).toBe(true);
  });

  it("describes itself and every message in Chinese and English", () => {
    expect(meta.description.zh.length).toBeGreaterThan(4);
    expect(meta.description.en.length).toBeGreaterThan(4);
    for (const [messageId, text] of Object.entries(meta.messages)) {
      expect(text.zh, messageId).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en, messageId).not.toMatch(/[\u4e00-\u9fff]{3,}/);
    }
  });

  it("has an options schema its defaults satisfy", () => {
    const validate = new Ajv({ strict: true }).compile(meta.schema);
    expect(validate(meta.defaultOptions), JSON.stringify(validate.errors)).toBe(true);
  });

  it("declares suggestions or fixes consistently", () => {
    expect(typeof meta.fixable).toBe("boolean");
    expect(typeof meta.hasSuggestions).toBe("boolean");
  });
});

it("the README lists every rule with its default severity", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
  const missing = [...builtinRules.values()].filter((r) => !readme.includes(`| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.severity} |`));
  expect(missing.map((r) => r.meta.id)).toEqual([]);
});
