import { readCellValue } from "../bind/values.ts";
import { bodyOf, fold, labelKey } from "../labels/normalize.ts";
import type { AdapterProblem, Block } from "../model/document.ts";
import { RegionBuilder } from "./text-grid.ts";
import { assemble, isPunctuation, type Assembly, type Fragment } from "./text-labels.ts";
import { isBlank, isPipeLine, lineTokens, type TextLine, type Token } from "./text-lines.ts";
import type { TemplateTable } from "./text-templates.ts";

/**
 * Table alignment for plain text. A copy of a table keeps its labels and numbers in reading order
 * and loses the grid; the grid is rebuilt from the template the labels belong to:
 *
 * 1. the region's text is read into the template's labels (text-labels.ts), for every template
 *    table, and the table whose labels cover most of the text is the one it is;
 * 2. the stream of labels and numbers is cut into blocks at captions (whole, or cut short as web
 *    copies do: `第二十条第`), and at a header met after data rows; a block without a whole caption
 *    is the template block its header and row labels fit, the earliest in template order on a tie
 *    (text-segments.ts);
 * 3. each block becomes a grid in the binder's convention (text-grid.ts): the header rebuilt in
 *    template layout from the header labels found (a spanning cell's text in its first position, the
 *    rest empty), then one row per row label with the numbers that follow it, up to the next label.
 *
 * Whatever does not fit is kept: unknown text becomes a row or a header cell the binder reports,
 * numbers without a label a row without a label. Nothing is bound by guessing.
 */

/**
 * A number or a blank marker (`/`, `—`, `无`), an empty cell of a `|` line, or short text with a digit
 * in it that is not an enumerator (`约45万`): template labels hold no digits but their numbers, so
 * such text is a cell's value, however badly written, and the rules say what is wrong with it.
 */
function isValueToken(token: Token): boolean {
  const text = token.text;
  if (text === "" || readCellValue(text).kind !== "text") return true;
  return /\d/u.test(text) && labelKey(text).enumerator === "" && fold(text).length <= 16;
}

/**
 * Whether a table may start on this line: its first text is a template label or the beginning of
 * one (at least two characters of it), or, on a `|` line, one of its cells is a whole label.
 */
export function mayStartTable(line: TextLine, templates: readonly TemplateTable[]): boolean {
  const texts = lineTokens(line).filter((t) => !isValueToken(t) && !isPunctuation(t.text));
  const first = texts[0];
  if (!first) return false;
  if (isPipeLine(line)) return texts.some((t) => templates.some((tt) => tt.forms.fit(t.text) === "complete"));
  if (bodyOf(fold(first.text)).length < 2) return false;
  return templates.some((tt) => tt.forms.fit(first.text) !== undefined);
}

export interface TableRegion {
  /** Paragraphs (captions cut short) and tables, in order. */
  blocks: Block[];
  problems: AdapterProblem[];
  /**
   * Index of the last line the tables use. Lines of unknown text after it (a note under the table)
   * are no part of them: the caller reads them as paragraphs.
   */
  lastLine: number;
}

/** Whole labels a region needs to be read as a table. */
const MIN_LABELS = 2;

/**
 * Reads lines as template tables, or returns undefined when they are none: fewer than two whole
 * labels, or more text outside labels than in them. Lines that hold two tables with no title
 * between them (table 三 straight after table 二) are cut where the labels change table.
 */
export function readTableRegion(lines: readonly TextLine[], templates: readonly TemplateTable[], masked: string): TableRegion | undefined {
  const stream = readStream(lines);
  const assemblies = templates.map((template) => ({ template, assembly: assemble(stream.fragments, template.forms) }));
  const runs = splitByTable(lines, assemblies);
  if (runs.length > 1) {
    // Only the last table leaves text after it to the caller; text between two tables stays in the first.
    const parts = runs.map((run, k) => readOne(readStream(run), templates, masked, k < runs.length - 1));
    if (parts.every((p) => p !== undefined)) {
      return { blocks: parts.flatMap((p) => p!.blocks), problems: parts.flatMap((p) => p!.problems), lastLine: parts[parts.length - 1]!.lastLine };
    }
  }
  return readOne(stream, templates, masked, false, assemblies);
}

interface Stream {
  fragments: Fragment[];
  values: { token: Token; seq: number }[];
}

function readStream(lines: readonly TextLine[]): Stream {
  const fragments: Fragment[] = [];
  const values: { token: Token; seq: number }[] = [];
  let seq = 0;
  let row = -1;
  let lastLine = -1;
  for (const line of lines) {
    if (isBlank(line)) continue;
    for (const token of lineTokens(line)) {
      if (token.line !== lastLine) {
        row++;
        lastLine = token.line;
      }
      if (isValueToken(token)) values.push({ token, seq: seq++ });
      else fragments.push({ token, seq: seq++, row });
    }
  }
  return { fragments, values };
}

function readOne(
  stream: Stream,
  templates: readonly TemplateTable[],
  masked: string,
  keepTrailing: boolean,
  assemblies = templates.map((template) => ({ template, assembly: assemble(stream.fragments, template.forms) })),
): TableRegion | undefined {
  let best: { template: TemplateTable; assembly: Assembly; score: number } | undefined;
  for (const { template, assembly } of assemblies) {
    const whole = assembly.pieces.filter((p) => p.fit === "complete");
    if (whole.length < MIN_LABELS) continue;
    const score = whole.reduce((n, p) => n + bodyOf(fold(p.text)).length, 0);
    if (score <= assembly.cost) continue;
    if (!best || score > best.score) best = { template, assembly, score };
  }
  if (!best) return undefined;
  const { assembly } = best;
  const used = [...stream.values.map((v) => v.token.line), ...assembly.pieces.flatMap((p) => p.fragments.map((f) => f.token.line))];
  if (keepTrailing) used.push(...assembly.unknown.map((f) => f.token.line));
  const lastLine = Math.max(...used);
  const trimmed = { ...assembly, unknown: assembly.unknown.filter((f) => f.token.line <= lastLine) };
  return { ...new RegionBuilder(best.template, masked).build(trimmed, stream.values), lastLine };
}

/**
 * Cuts lines where whole labels start to belong to another table (table 二, 三, 四: the 2019 and
 * 2021 versions of a table are one table here). A line whose labels belong to several tables stays
 * with the table before it.
 */
function splitByTable(lines: readonly TextLine[], assemblies: { template: TemplateTable; assembly: Assembly }[]): TextLine[][] {
  const claims = new Map<number, string[]>();
  for (const { template, assembly } of assemblies) {
    for (const piece of assembly.pieces) {
      if (piece.fit !== "complete") continue;
      const line = piece.fragments[0]!.token.line;
      const list = claims.get(line) ?? [];
      if (!list.includes(template.table.def.id)) list.push(template.table.def.id);
      claims.set(line, list);
    }
  }
  const runs: TextLine[][] = [];
  let current: string | undefined;
  for (const line of lines) {
    const tables = claims.get(line.index);
    if (tables?.length && (current === undefined || !tables.includes(current))) {
      if (current !== undefined) runs.push([]);
      current = tables[0];
    }
    if (!runs.length) runs.push([]);
    runs[runs.length - 1]!.push(line);
  }
  return runs;
}
