import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText, type TextFormat } from "./adapters/index.ts";
import { readDocx } from "./adapters/docx.ts";
import { applyFixes } from "./fixes.ts";
import { lint, lintAndFix, lintDocument, type LintMessage } from "./linter.ts";
import type { ReportDocument, SourceRange } from "./model/document.ts";
import { createProfileRegistry } from "./profiles/builtin.ts";
import { LineIndex } from "./text/line-index.ts";

/**
 * Property-based tests: real reports, mutated at random (lines deleted, duplicated, swapped;
 * characters inserted: CJK, table pipes, HTML, lone surrogates, control characters; the text
 * truncated), read by every adapter and linted in every format. Nothing may throw, no stage may fail
 * internally, every range must lie inside the document, and the fixes must apply.
 * A failure prints the seed and the path; rerun it with REPORTLINT_FC_SEED=<seed> (and _PATH).
 */

const FIXTURES = join(import.meta.dirname, "..", "..", "..", "fixtures");
const SEEDS = [
  "samples/huaian-2024.md",
  "samples/dazhai-2022.md",
  "samples/gov-2019-format.md",
  "samples/huaian-2024-three-label-columns.md",
  "html/huaian-2024.html",
  "html/wrong-total-word-export.html",
  "text/dazhai-2022-web.txt",
  "text/huaian-2024-pdf.txt",
  "text/joined-numbers.txt",
  "text/pipe-separated.txt",
].map((path) => readFileSync(join(FIXTURES, path), "utf8"));
const FORMATS: TextFormat[] = ["markdown", "html", "text"];
const PROFILES = createProfileRegistry().all();
const RUNS = Number(process.env.REPORTLINT_FC_RUNS ?? 200);
/** About 20 ms a run in the suite; more runs (REPORTLINT_FC_RUNS) get the time they need. */
const TIMEOUT = Math.max(30_000, RUNS * 150);

const params = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  ...(process.env.REPORTLINT_FC_SEED ? { seed: Number(process.env.REPORTLINT_FC_SEED) } : {}),
  ...(process.env.REPORTLINT_FC_PATH ? { path: process.env.REPORTLINT_FC_PATH } : {}),
});

/** Pieces of text that mean something to one of the readers, and pieces that mean nothing. */
const piece = fc.oneof(
  fc.constantFrom("|", "||", " | ", "\n", "\r\n", "\r", "\t", " ", "\u3000", "\u00a0", "\u200b", "\ufeff", "\u0000", "\u001b"),
  fc.constantFrom("<", ">", "&", "&nbsp;", "&#x4e00;", "&amp", "<!--", "-->", "<!-- reportlint-disable -->", "<!-- reportlint-disable-next-line arithmetic -->"),
  fc.constantFrom("<td>", "</td>", "<tr>", "<table>", "</table>", '<td colspan="3">', '<td rowspan="0">', "<p>", "<b>", "<br>", "<h2>", "<script>", "<div>"),
  fc.constantFrom("---", "|---|", "| --- | ---: |", "#", "## ", "> ", "- ", "1. ", "*", "**", "_", "`", "[", "](", "\\"),
  fc.constantFrom("0", "1", "9", "3,001", "-5", "1.5", "/", "—", "无", "万元", "元", "件", "2023", "2024年", "2019年", "一、", "二、", "（七）总计", "总计", "本年新收", "第二十条第（一）项"),
  fc.constantFrom("\ud800", "\udc00", "\ud83d\ude00", "\u{20000}", "\u0301", "\u202e"),
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.string({ maxLength: 8 }),
);

type Mutation =
  | { kind: "delete"; line: number }
  | { kind: "duplicate"; line: number }
  | { kind: "swap"; a: number; b: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "replace"; at: number; length: number; text: string }
  | { kind: "truncate"; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join("")) }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), length: fc.nat({ max: 12 }), text: fc.array(piece, { maxLength: 3 }).map((p) => p.join("")) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

function mutate(source: string, mutations: readonly Mutation[]): string {
  let text = source;
  for (const m of mutations) {
    const lines = text.split("\n");
    const line = (n: number): number => n % Math.max(1, lines.length);
    const at = (n: number): number => n % (text.length + 1);
    switch (m.kind) {
      case "delete":
        lines.splice(line(m.line), 1);
        text = lines.join("\n");
        break;
      case "duplicate":
        lines.splice(line(m.line), 0, lines[line(m.line)] ?? "");
        text = lines.join("\n");
        break;
      case "swap": {
        const [a, b] = [line(m.a), line(m.b)];
        [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
        text = lines.join("\n");
        break;
      }
      case "insert":
        text = text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
        break;
      case "replace":
        text = text.slice(0, at(m.at)) + m.text + text.slice(at(m.at) + m.length);
        break;
      case "truncate":
        // Keep at least half, so that most runs still hold a report's structure.
        text = text.slice(0, Math.floor(text.length / 2) + (m.at % (Math.ceil(text.length / 2) + 1)));
        break;
    }
  }
  return text;
}

const report = fc.tuple(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutation, { maxLength: 8 })).map(([seed, mutations]) => mutate(SEEDS[seed]!, mutations));

function inside(range: SourceRange, length: number, what: string): void {
  if (!(Number.isInteger(range.start) && Number.isInteger(range.end) && 0 <= range.start && range.start <= range.end && range.end <= length)) {
    throw new Error(`${what}: range ${range.start}–${range.end} is not inside the document (length ${length})`);
  }
}

/** Every range the adapter gives lies inside its source. */
function checkDocument(doc: ReportDocument, source: string): void {
  expect(doc.source).toBe(source);
  const n = source.length;
  for (const block of doc.blocks) {
    inside(block.range, n, `${block.kind} block`);
    if (block.kind === "table") {
      for (const row of block.rows) {
        inside(row.range, n, "row");
        for (const cell of row.cells) {
          inside(cell.range, n, "cell");
          inside(cell.contentRange, n, "cell content");
          inside(cell.editRange, n, "cell edit");
        }
      }
    } else {
      for (const span of block.content.spans) if (!(span.source >= 0 && span.source <= n && span.at >= 0 && span.at <= block.content.text.length)) throw new Error(`text span ${span.at}→${span.source} outside`);
    }
  }
  for (const comment of doc.comments) inside(comment.range, n, "comment");
  for (const problem of doc.problems) inside(problem.range, n, `problem ${problem.messageId}`);
  if (doc.frontMatter) {
    inside(doc.frontMatter.range, n, "front matter");
    for (const entry of doc.frontMatter.entries.values()) inside(entry.range, n, "front matter entry");
  }
}

/** The offset a 1-based line and column name, checked to be a place in `source`. */
function offsetOf(lines: LineIndex, source: string, line: number, column: number, what: string): number {
  if (!(Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.lineCount && column >= 1)) throw new Error(`${what}: ${line}:${column} is no place in the document`);
  const start = lines.lineStart(line);
  const next = line < lines.lineCount ? lines.lineStart(line + 1) : source.length;
  if (column - 1 > next - start) throw new Error(`${what}: column ${column} is beyond the end of line ${line}`);
  return start + column - 1;
}

/** Every message is at a place in the document, starts before it ends, and its edits are inside it. */
function checkMessages(messages: readonly LintMessage[], source: string): void {
  const lines = new LineIndex(source);
  for (const m of messages) {
    const what = `${m.ruleId ?? "(no rule)"} ${m.messageId}`;
    if (m.messageId === "internal-error") throw new Error(`internal error: ${m.message}`);
    const start = offsetOf(lines, source, m.line, m.column, what);
    const end = offsetOf(lines, source, m.endLine, m.endColumn, what);
    if (start > end) throw new Error(`${what}: starts at ${m.line}:${m.column}, after its end ${m.endLine}:${m.endColumn}`);
    const edits = [...(m.fix ? [m.fix] : []), ...(m.suggestions ?? []).map((s) => s.fix)];
    for (const edit of edits) inside({ start: edit.range[0], end: edit.range[1] }, source.length, `${what} fix`);
  }
}

describe("random and mutated reports (fast-check)", () => {
  for (const format of FORMATS) {
    it(`the ${format} reader and the linter: nothing throws, every range is inside the document, fixes apply`, () => {
      fc.assert(
        fc.property(report, (source) => {
          checkDocument(parseText(source, format, PROFILES), source);
          const result = lint(source, { format, locale: "en" });
          checkMessages(result.messages, source);
          const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
          expect(typeof applyFixes(source, fixes).output).toBe("string");
          const fixed = lintAndFix(source, { format });
          checkMessages(fixed.result.messages, fixed.output);
        }),
        params(RUNS),
      );
    }, TIMEOUT);
  }

  it("random text of any characters, in every format", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }).map((p) => p.join("")), fc.constantFrom(...FORMATS), (source, format) => {
        checkDocument(parseText(source, format, PROFILES), source);
        checkMessages(lint(source, { format }).messages, source);
      }),
      params(RUNS),
    );
  }, TIMEOUT);

  it("the .docx reader: a damaged archive is read or gives its fatal message, never a rejection", async () => {
    const docx = new Uint8Array(readFileSync(join(FIXTURES, "docx", "huaian-2024.docx")));
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.uint8Array({ maxLength: 64 }), fc.nat(), async (at, junk, cut) => {
        const bytes = new Uint8Array([...docx.subarray(0, at % docx.length), ...junk, ...docx.subarray((at % docx.length) + (cut % 256))]);
        const doc = await readDocx(bytes, { fileName: "x.docx" });
        checkDocument(doc, doc.source);
        checkMessages(lintDocument(doc).messages, doc.source);
      }),
      params(30),
    );
  });
});
