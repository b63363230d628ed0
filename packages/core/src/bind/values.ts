/** What a table cell holds, read once by the binder so that rules agree on it. */
export type CellValue =
  | { kind: "number"; value: number; integer: boolean; signed: boolean; unit?: string }
  | { kind: "blank"; marker: string }
  | { kind: "text"; text: string };

/** Markers people write for "nothing" (reference §8); arithmetic counts them as 0, blank-cell reports them. */
const BLANK_MARKERS = new Set(["", "/", "-", "—", "——", "–", "─", "无", "空"]);
const NUMBER = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|元|件|个|条|次|项|家|人次)?$/u;

export function readCellValue(text: string): CellValue {
  const folded = text.normalize("NFKC").replace(/\s+/gu, "");
  if (BLANK_MARKERS.has(folded)) return { kind: "blank", marker: folded };
  const m = NUMBER.exec(folded);
  if (!m) return { kind: "text", text };
  const value = Number(`${m[1] ?? ""}${m[2]!.replace(/,/g, "")}${m[3] ? `.${m[3]}` : ""}`);
  return {
    kind: "number",
    value: Object.is(value, -0) ? 0 : value,
    integer: m[3] === undefined,
    signed: m[1] !== undefined,
    ...(m[4] ? { unit: m[4] } : {}),
  };
}

/** The number arithmetic uses: blanks count as 0, text cannot be used. */
export function numericValue(value: CellValue): number | undefined {
  if (value.kind === "number") return value.value;
  if (value.kind === "blank") return 0;
  return undefined;
}
