/**
 * Plain text extracted from markup, with enough bookkeeping to map any index of the plain text back
 * to the source. Each span says "plain text from `at` on was copied from source offset `source`".
 */
export interface TextContent {
  text: string;
  spans: TextSpan[];
}

export interface TextSpan {
  at: number;
  source: number;
}

export function textFromSource(text: string, source: number): TextContent {
  return { text, spans: [{ at: 0, source }] };
}

/** Source offset of the character at `index` of the plain text. */
export function sourceOffset(content: TextContent, index: number): number {
  const { spans } = content;
  if (spans.length === 0) return 0;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.at <= index) lo = mid;
    else hi = mid - 1;
  }
  const span = spans[lo]!;
  return span.source + (index - span.at);
}

/** Source range of plain-text characters [start, end). */
export function sourceRange(content: TextContent, start: number, end: number): { start: number; end: number } {
  const s = sourceOffset(content, start);
  const e = end > start ? sourceOffset(content, end - 1) + 1 : s;
  return { start: s, end: e };
}
