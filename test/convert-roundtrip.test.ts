/**
 * `reportlint convert --to md` keeps what the linter sees: for every fixture, in every format the
 * fixtures come in, linting the canonical Markdown finds what linting the original finds (positions
 * aside), and the tables bind to the same numbers.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as core from "../packages/core/src/index.ts";
import {
  bindReport,
  createProfileRegistry,
  decodeText,
  DEFAULT_PROFILE_ID,
  extractTables,
  formatOfPath,
  lint,
  lintDocument,
  parseMarkdown,
  parseText,
  toMarkdown,
  type InputFormat,
  type LintMessage,
  type LintOptions,
  type ReportDocument,
} from "../packages/core/src/index.ts";
import { readFixtureSpecFor } from "./fixture-format.ts";

const root = join(import.meta.dirname, "..", "fixtures");
const registry = createProfileRegistry();

/** The .docx reader, once the core exports it. */
const readDocx = (core as Record<string, unknown>).readDocx as ((bytes: Uint8Array, options?: { fileName?: string }) => Promise<ReportDocument>) | undefined;

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : formatOfPath(name) ? [path] : [];
    });
}

interface Original {
  doc: ReportDocument;
  /** What linting the file itself finds. */
  messages: LintMessage[];
  options: LintOptions;
}

/** Reads a fixture in its own format, as the CLI does; undefined when that format cannot be read yet. */
async function readOriginal(file: string, format: InputFormat): Promise<Original | undefined> {
  const bytes = readFileSync(file);
  if (format === "docx") {
    if (!readDocx) return undefined;
    const doc = await readDocx(bytes);
    return { doc, messages: lintDocument(doc, {}).messages, options: {} };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
  const spec = readFixtureSpecFor(file, decoded.text);
  const options: LintOptions = { ...(spec?.profile ? { profile: spec.profile } : {}), ...(spec?.rules ? { rules: spec.rules } : {}) };
  let doc: ReportDocument;
  try {
    doc = parseText(decoded.text, format, registry.all());
  } catch (error) {
    if (/not available yet/u.test(String(error))) return undefined; // the adapter for this format is not in yet
    throw error;
  }
  return { doc, messages: lint(decoded.text, { ...options, format }).messages, options };
}

const key = (m: LintMessage): string => `${m.ruleId ?? "-"}/${m.messageId}/${m.message}`;
const multiset = (messages: LintMessage[]): string[] => messages.map(key).sort();

const files = walk(root);

describe("convert --to md keeps the findings", () => {
  it("finds fixtures to convert", () => {
    expect(files.filter((f) => f.endsWith(".md")).length).toBeGreaterThan(20);
  });

  for (const file of files) {
    const name = relative(root, file);
    const format = formatOfPath(file)!;
    it(`${name}: the same findings and the same table values after conversion`, async (context) => {
      const original = await readOriginal(file, format);
      if (!original) {
        context.skip(`reading ${format} is not available yet`);
        return;
      }
      const { doc, messages, options } = original;
      const markdown = toMarkdown(doc);
      const converted = lint(markdown, options).messages;

      // What the adapter met reading the original (a broken front matter aside, which Markdown keeps
      // verbatim) is about the original file: the Markdown written from it no longer has the problem.
      const adapterProblems = new Set(doc.format === "markdown" ? [] : doc.problems.map((p) => p.messageId));
      const expected = messages.filter((m) => !(m.ruleId === null && adapterProblems.has(m.messageId)));
      expect(multiset(converted)).toEqual(multiset(expected));

      const bindOptions = { ...(options.profile ? { profile: options.profile } : {}), defaultProfile: DEFAULT_PROFILE_ID };
      const before = extractTables(bindReport(doc, registry, bindOptions));
      const after = extractTables(bindReport(parseMarkdown(markdown), registry, bindOptions));
      expect(after).toEqual(before);
    });
  }
});
