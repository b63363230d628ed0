/**
 * Label normalisation (reference §8). Real reports write the same label with full- or half-width
 * punctuation, spaces and line breaks inside it, and `1.`, `1、`, `1．` or `（1）` as its number. Binding
 * compares keys, never raw labels, so all of these meet.
 */

import { TextMemo } from "../text/text-memo.ts";

const CHINESE_NUMERAL = "[一二三四五六七八九十]+";
const ENUMERATOR = new RegExp(
  String.raw`^(?:\(\s*(${CHINESE_NUMERAL})\s*\)|(${CHINESE_NUMERAL})\s*[、.,]|\(\s*(\d+)\s*\)|(\d+)\s*[、.,](?!\d))`,
  "u",
);
const INSIGNIFICANT = /[\p{P}\p{S}\p{Z}\s]/gu;

export interface LabelKey {
  /** Canonical enumerator: `(一)` → `p一`, `一、` → `c一`, `1.`/`1、`/`（1）` → `n1`; empty when there is none. */
  enumerator: string;
  /** The label without its enumerator, whitespace, punctuation or symbols. */
  body: string;
}

/** NFKC folds full-width brackets, digits and letters to their ASCII forms; whitespace goes entirely. */
export function fold(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "");
}

// Binding keys every template label and every table cell, over and over: NFKC and the Unicode-class
// replace are most of its cost. Keys are pure functions of the label. Only labels as short as labels
// are remembered (a paragraph is keyed once); a report's labels are about 150, most of them the
// template's, so that a generation of 1,000 keeps them all.
const KEYS = new TextMemo<LabelKey>(1_000, (label) => Object.freeze(computeLabelKey(label)));
const CACHED_LABEL_MAX = 64;

export function labelKey(label: string): LabelKey {
  return label.length > CACHED_LABEL_MAX ? computeLabelKey(label) : KEYS.get(label);
}

function computeLabelKey(label: string): LabelKey {
  const folded = fold(label);
  const m = ENUMERATOR.exec(folded);
  if (!m) return { enumerator: "", body: bodyOf(folded) };
  const enumerator = m[1] ? `p${m[1]}` : m[2] ? `c${m[2]}` : `n${m[3] ?? m[4]}`;
  return { enumerator, body: bodyOf(folded.slice(m[0].length)) };
}

export function bodyOf(folded: string): string {
  return folded.replace(INSIGNIFICANT, "");
}

/** One string for exact comparison: enumerator and body. */
export function exactKey(label: string): string {
  const key = labelKey(label);
  return key.enumerator ? `${key.enumerator}|${key.body}` : key.body;
}

/** Looser form used for accepted variants: the particle 的 is dropped ("主动公开政府信息的情况"). */
export function variantBody(body: string): string {
  return body.replace(/的/gu, "");
}

/** Levenshtein distance over code points, bounded: returns `limit + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[y.length]!;
}
