/**
 * Front matter of the one shape reports use — `key: value` lines, nothing nested, quoted or commented — read
 * without a YAML parser: the yaml package took a tenth of a whole lint for five lines. Anything else (or anything
 * whose value YAML would type as other than the very string written: numbers other than plain integers, booleans,
 * nulls) is left to the yaml package: `simpleFrontMatter` returns undefined. markdown-front-matter.test.ts checks
 * the entries against the yaml package's.
 */

export interface SimpleEntry {
  key: string;
  value: string;
  /** Offsets of the value within the front matter text. */
  start: number;
  end: number;
}

const LINE = /^([A-Za-z_][A-Za-z0-9_-]*): +(.*)$/;
// YAML 1.2 core schema names for null and booleans: as keys they would be read as null/true/false.
const SPECIAL_WORD = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
// A value YAML would not read as a plain string: indicators, quotes, comments, flow collections, mappings,
// and what its core schema reads as null or a number (decimal, octal, hexadecimal, float, .inf, .nan).
const NOT_PLAIN = /^[-?:,[\]{}#&*!|>'"%@`~+.]|[:#[\]{}\t\x00-\x1f\x7f-\x9f\ufeff\ud800-\udfff]|\s$/;
const NUMBER = /^(?:[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;
// Integers that read back as the same digits.
const PLAIN_INTEGER = /^(?:0|[1-9]\d{0,14})$/;

/** The entries of `text` if it is a flat map of plain strings and plain integers; otherwise undefined. */
export function simpleFrontMatter(text: string): SimpleEntry[] | undefined {
  if (text.includes("\r") || text.includes("\t")) return undefined;
  const entries: SimpleEntry[] = [];
  const seen = new Set<string>();
  let at = 0;
  for (const line of text.split("\n")) {
    const lineStart = at;
    at += line.length + 1;
    if (line === "") continue;
    const m = LINE.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    const value = m[2]!;
    if (value === "" || SPECIAL_WORD.test(key) || SPECIAL_WORD.test(value) || seen.has(key)) return undefined;
    if (PLAIN_INTEGER.test(value)) {
      // A number, written as YAML would write it back.
    } else if (NOT_PLAIN.test(value) || NUMBER.test(value)) {
      return undefined;
    }
    seen.add(key);
    const start = lineStart + line.length - value.length;
    entries.push({ key, value, start, end: start + value.length });
  }
  return entries.length > 0 ? entries : undefined;
}
