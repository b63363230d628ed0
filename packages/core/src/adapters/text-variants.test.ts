/**
 * Every Markdown fixture, copied as plain text the ways reports reach us as text, lints to the same
 * findings as the Markdown itself: one table cell per line (a web page copied from the browser),
 * tab-separated rows, and `|` rows without Markdown's rule line. Front matter becomes the page's
 * 发布机构 / 发布日期 lines.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { readFixtureSpec } from "../../../../test/fixture-format.ts";
import { lint, type LintOptions } from "../linter.ts";
import { decodeText } from "../text/decode.ts";

const root = join(import.meta.dirname, "../../../../fixtures");

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith(".md") ? [path] : [];
    });
}

/** The text copies of a Markdown report. */
function textCopies(markdown: string): Record<"cells" | "tabs" | "pipes", string> {
  let chrome = "";
  const body = markdown.replace(/^---\n([\s\S]*?)\n---\n/u, (_, yaml: string) => {
    for (const line of yaml.split("\n")) {
      const m = /^(\w+):\s*(.*)$/u.exec(line);
      if (m?.[1] === "issuer") chrome += `发布机构：${m[2]}\n`;
      if (m?.[1] === "published") chrome += `发布日期：${m[2]}\n`;
    }
    return "";
  });
  const lines = body.split("\n").filter((l) => !/^\|?\s*:?-{2,}:?\s*\|/u.test(l));
  const isRow = (l: string) => l.trim().startsWith("|");
  const cells = (l: string) =>
    l
      .trim()
      .replace(/^\||\|$/gu, "")
      .split("|")
      .map((c) => c.trim());
  const plain = (l: string) => l.replace(/^#+\s*/u, "");
  return {
    cells: chrome + lines.flatMap((l) => (isRow(l) ? cells(l).filter(Boolean).flatMap((c) => [c, ""]) : [plain(l)])).join("\n"),
    tabs: chrome + lines.map((l) => (isRow(l) ? cells(l).join("\t") : plain(l))).join("\n"),
    pipes: chrome + lines.map(plain).join("\n"),
  };
}

const found = (text: string, options: LintOptions) =>
  lint(text, options)
    .messages.map((m) => `${m.ruleId ?? "-"}/${m.messageId}`)
    .sort();

describe("a Markdown report copied as text lints the same", () => {
  for (const file of walk(root)) {
    const decoded = decodeText(readFileSync(file));
    if (!decoded.ok) continue;
    const markdown = decoded.text;
    const spec = readFixtureSpec(markdown);
    if (!spec) continue;
    const options: LintOptions = { ...(spec.profile ? { profile: spec.profile } : {}), ...(spec.rules ? { rules: spec.rules } : {}) };
    it(relative(root, file), () => {
      const expected = found(markdown, options);
      for (const [how, text] of Object.entries(textCopies(markdown))) {
        expect({ how, findings: found(text, { ...options, format: "text" }) }).toEqual({ how, findings: expected });
      }
    });
  }
});
