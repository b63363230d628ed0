/**
 * How deep Markdown block quotes and list items may nest before reportlint stops reading them as
 * containers. A report nests two or three levels; the parser (micromark) re-reads the content of
 * each container once per level and recurses per level when building the tree, so hundreds of
 * levels cost seconds and gigabytes, and thousands overflow the call stack.
 */
export const MAX_MARKDOWN_NESTING = 32;

/** NO-BREAK SPACE: what a container marker beyond the limit becomes. It is text, not indentation, to CommonMark. */
const MASK = "\u00a0";

export interface LimitedNesting {
  /** The source with every container marker beyond the limit replaced by NO-BREAK SPACE: the same length, so every offset holds. */
  text: string;
  /** The offset of the first marker replaced, when there is one. */
  at?: number;
}

/**
 * Caps the nesting of block quotes and list items at MAX_MARKDOWN_NESTING, before parsing, in one
 * pass over the source (each line's leading markers and indentation once). A line's depth is not
 * known without parsing, so it is bounded from above: each marker at the start of the line (`>`,
 * `-`, `+`, `*`, `1.`, `1)`) is one level, and every two columns of indentation before it one more
 * (a nested list item is indented by at least two; the space that ends a marker is not counted).
 * Markers whose bound exceeds the limit are replaced, so no container is opened deeper than the
 * limit and what they held is read as text of the container at the limit. A report never comes
 * near it: nothing changes unless a line starts with more than 32 markers, or with a marker after
 * some 64 columns of indentation.
 */
export function limitMarkdownNesting(source: string): LimitedNesting {
  let at: number | undefined;
  const pieces: string[] = [];
  let copied = 0; // source[0, copied) is in `pieces`
  const length = source.length;
  let lineStart = 0;
  while (lineStart < length) {
    let lineEnd = source.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = length;
    let markers = 0;
    let columns = 0;
    let afterMarker = false;
    let masking = false;
    for (let i = lineStart; i < lineEnd; ) {
      const c = source.charCodeAt(i);
      if (c === 32 || c === 9) {
        // The space that ends a marker is part of it; any other indents.
        if (!afterMarker) columns += c === 9 ? 4 : 1;
        afterMarker = false;
        i++;
        continue;
      }
      const marker = markerAt(source, i, lineEnd);
      if (marker === 0) break;
      markers++;
      if (markers + Math.floor(columns / 2) > MAX_MARKDOWN_NESTING) {
        // `* * * …` however long is a thematic break, not lists (CommonMark puts the break first).
        if (!masking && isThematicBreak(source, lineStart, lineEnd)) break;
        masking = true;
        at ??= i;
        pieces.push(source.slice(copied, i), MASK.repeat(marker));
        copied = i + marker;
      }
      afterMarker = true;
      i += marker;
    }
    lineStart = lineEnd + 1;
  }
  if (at === undefined) return { text: source };
  pieces.push(source.slice(copied));
  return { text: pieces.join(""), at };
}

/** The length of the container marker at `i` (`>`, or a list marker followed by a space, a tab or the line's end), or 0. */
function markerAt(source: string, i: number, lineEnd: number): number {
  const c = source.charCodeAt(i);
  if (c === 62) return 1; // >
  if (c === 45 || c === 43 || c === 42) return isGap(source, i + 1, lineEnd) ? 1 : 0; // - + *
  let j = i;
  while (j < lineEnd && j - i < 9 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
  if (j === i) return 0;
  const d = source.charCodeAt(j);
  return (d === 46 || d === 41) && isGap(source, j + 1, lineEnd) ? j + 1 - i : 0; // 1. 1)
}

/** A line of three or more of one of `-`, `*`, `_`, with only spaces or tabs between. One pass (a regular expression for it backtracks quadratically). */
function isThematicBreak(source: string, start: number, end: number): boolean {
  let mark = 0;
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) continue;
    if (mark === 0 && (c === 45 || c === 42 || c === 95)) mark = c;
    if (c !== mark) return false;
    count++;
  }
  return count >= 3;
}

/** Whether a list marker ending before `i` is followed by a space, a tab or the end of the line, as CommonMark requires. */
function isGap(source: string, i: number, lineEnd: number): boolean {
  if (i >= lineEnd) return true;
  const c = source.charCodeAt(i);
  return c === 32 || c === 9 || c === 13;
}
