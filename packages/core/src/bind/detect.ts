import { exactKey, labelKey } from "../labels/normalize.ts";
import type { ReportDocument, TableBlock } from "../model/document.ts";
import type { Profile, ProfileRegistry } from "../profiles/load.ts";
import type { Detection } from "./types.ts";

/**
 * Picks the template a report follows (reference §5.4): by the labels only one template uses, else
 * by the statistics year, else the default. Also notes tables whose own labels belong to another
 * template, which is how a mixed template shows.
 */
export function detectProfile(
  doc: ReportDocument,
  registry: ProfileRegistry,
  defaultId: string,
  year: number | undefined,
  forced?: string,
): Detection {
  const profiles = registry.all();
  const docTables = documentTables(doc);
  const scores = new Map<Profile, Map<string, number>>();
  /** Per profile and template table, the first document table where one of its signals shows. */
  const where = new Map<Profile, Map<string, TableBlock>>();
  for (const profile of profiles) {
    const perTable = new Map<string, number>();
    const firstTable = new Map<string, TableBlock>();
    for (const signal of profile.signals) {
      const next = signal.next;
      const found =
        next !== undefined
          ? docTables.find((t) => t.pairs.has(pairKey(signal.label, next)))
          : docTables.find((t) => t.keys.has(exactKey(signal.label)) || t.keys.has(labelKey(signal.label).body));
      if (!found) continue;
      const table = signal.table ?? "";
      perTable.set(table, (perTable.get(table) ?? 0) + 1);
      const before = firstTable.get(table);
      if (!before || found.block.range.start < before.range.start) firstTable.set(table, found.block);
    }
    scores.set(profile, perTable);
    where.set(profile, firstTable);
  }
  const total = (p: Profile): number => [...scores.get(p)!.values()].reduce((a, b) => a + b, 0);
  const fitsYear = (p: Profile): boolean => year !== undefined && (p.years.from ?? -Infinity) <= year && year <= (p.years.to ?? Infinity);

  let chosen: Profile | undefined;
  let by: Detection["by"];
  if (forced) {
    chosen = registry.get(forced);
    by = "forced";
  } else {
    const ranked = profiles.filter((p) => total(p) > 0).sort((a, b) => total(b) - total(a) || Number(fitsYear(b)) - Number(fitsYear(a)));
    chosen = ranked[0];
    by = "signals";
    if (!chosen) {
      chosen = profiles.find(fitsYear);
      by = "year";
    }
    if (!chosen) {
      chosen = registry.get(defaultId);
      by = "default";
    }
  }

  let mixed: Detection["mixed"] = [];
  const tables = new Set(profiles.flatMap((p) => [...scores.get(p)!.keys()]).filter(Boolean));
  const score = (p: Profile, table: string): number => scores.get(p)!.get(table) ?? 0;
  for (const table of tables) {
    let other: Profile | undefined;
    for (const p of profiles) if (p !== chosen && score(p, table) > score(other ?? chosen, table)) other = p;
    const block = other && where.get(other)!.get(table);
    if (other && block) mixed.push({ table, profileId: other.id, range: block.rows[0]?.range ?? block.range });
  }
  // Mixed means the tables disagree among themselves: a report whose every table belongs to one other
  // template (a forced profile that does not fit) is not mixed.
  const owners = new Set(mixed.map((m) => m.profileId));
  if (mixed.length < tables.size) owners.add(chosen.id);
  if (owners.size < 2) mixed = [];
  const candidates = profiles.map((p) => ({ id: p.id, name: p.name, years: p.years }));
  return { profileId: chosen.id, by, mixed, candidates };
}

interface TableKeys {
  block: TableBlock;
  /** Every cell's exact key and body. */
  keys: Set<string>;
  /** Each pair of consecutive row labels (a row's first non-empty cell), as `pairKey` gives it. */
  pairs: Set<string>;
}

function documentTables(doc: ReportDocument): TableKeys[] {
  const tables: TableKeys[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== "table") continue;
    const keys = new Set<string>();
    const pairs = new Set<string>();
    let previous: string | undefined;
    for (const row of block.rows) {
      for (const cell of row.cells) {
        if (!cell.text) continue;
        keys.add(exactKey(cell.text));
        keys.add(labelKey(cell.text).body);
      }
      const label = row.cells.find((c) => c.text)?.text;
      if (label === undefined) continue;
      if (previous !== undefined) pairs.add(pairKey(previous, label));
      previous = label;
    }
    tables.push({ block, keys, pairs });
  }
  return tables;
}

function pairKey(first: string, second: string): string {
  return `${labelKey(first).body}\u0000${labelKey(second).body}`;
}
