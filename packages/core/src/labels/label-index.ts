import { editDistance, exactKey, labelKey, variantBody } from "./normalize.ts";

/**
 * exact: the template's label after normalisation (a label that lost its enumerator still counts:
 * web copies drop them); variant: an accepted variant (alias, another enumerator, an added 的).
 */
export type MatchLevel = "exact" | "variant";

export interface LabelMatch<T> {
  item: T;
  level: MatchLevel;
  /** The template's label for the item. */
  expected: string;
}

interface Entry<T> {
  item: T;
  expected: string;
  alias: boolean;
  body: string;
}

/** Finds template items by label, tolerating every variant reference §8 lists and nothing looser. */
export class LabelIndex<T> {
  private readonly exact = new Map<string, Entry<T>[]>();
  private readonly body = new Map<string, Entry<T>[]>();
  private readonly loose = new Map<string, Entry<T>[]>();
  private readonly entries: Entry<T>[] = [];

  add(label: string, item: T, expected = label, alias = false): void {
    const key = labelKey(label);
    const entry: Entry<T> = { item, expected, alias, body: key.body };
    this.entries.push(entry);
    push(this.exact, exactKey(label), entry);
    push(this.body, key.body, entry);
    push(this.loose, variantBody(key.body), entry);
  }

  /** Every item the label matches at the best level found; empty when it matches nothing. */
  match(label: string): LabelMatch<T>[] {
    const key = labelKey(label);
    if (!key.body) return [];
    const exact = (this.exact.get(exactKey(label)) ?? []).filter((e) => !e.alias);
    if (exact.length) return exact.map((e) => ({ item: e.item, level: "exact", expected: e.expected }));
    const sameBody = this.body.get(key.body) ?? [];
    if (!key.enumerator) {
      const plain = sameBody.filter((e) => !e.alias);
      if (plain.length) return plain.map((e) => ({ item: e.item, level: "exact", expected: e.expected }));
    }
    const variants = sameBody.length ? sameBody : (this.loose.get(variantBody(key.body)) ?? []);
    return unique(variants).map((e) => ({ item: e.item, level: "variant", expected: e.expected }));
  }

  /** The template label closest to an unknown one, for "did you mean". */
  suggest(label: string): string | undefined {
    const { body } = labelKey(label);
    if (body.length < 2) return undefined;
    let best: Entry<T> | undefined;
    let bestDistance = Infinity;
    for (const entry of this.entries) {
      const limit = Math.max(1, Math.floor(Math.max(body.length, entry.body.length) * 0.4));
      const contained = entry.body.includes(body) || body.includes(entry.body);
      const distance = contained ? Math.abs(entry.body.length - body.length) * 0.5 : editDistance(body, entry.body, limit);
      if (distance <= limit && distance < bestDistance) {
        best = entry;
        bestDistance = distance;
      }
    }
    return best?.expected;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unique<T>(entries: Entry<T>[]): Entry<T>[] {
  const seen = new Set<T>();
  return entries.filter((e) => (seen.has(e.item) ? false : (seen.add(e.item), true)));
}
