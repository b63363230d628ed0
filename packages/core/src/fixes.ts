/** An edit in ESLint's shape: replace source[range[0], range[1]) with text. */
export interface Fix {
  range: [number, number];
  text: string;
}

/**
 * Applies non-overlapping fixes in one pass, earliest first; a fix that overlaps one already taken
 * waits for the next pass, as ESLint does.
 */
export function applyFixes(source: string, fixes: Fix[]): { output: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = "";
  let cursor = 0;
  let applied = 0;
  for (const fix of sorted) {
    if (fix.range[0] < cursor) continue;
    output += source.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
    applied++;
  }
  return { output: output + source.slice(cursor), applied };
}
