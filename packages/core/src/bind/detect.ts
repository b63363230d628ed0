import { exactKey, labelKey } from "../labels/normalize.ts";
import type { ReportDocument } from "../model/document.ts";
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
  const keys = labelKeys(doc);
  const scores = new Map<Profile, Map<string, number>>();
  for (const profile of profiles) {
    const perTable = new Map<string, number>();
    for (const signal of profile.signals) {
      if (!keys.has(exactKey(signal.label)) && !keys.has(labelKey(signal.label).body)) continue;
      const table = signal.table ?? "";
      perTable.set(table, (perTable.get(table) ?? 0) + 1);
    }
    scores.set(profile, perTable);
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

  const mixed: Detection["mixed"] = [];
  const tables = new Set(profiles.flatMap((p) => [...scores.get(p)!.keys()]).filter(Boolean));
  for (const table of tables) {
    const own = scores.get(chosen)!.get(table) ?? 0;
    const other = profiles.find((p) => p !== chosen && (scores.get(p)!.get(table) ?? 0) > own);
    if (other) mixed.push({ table, profileId: other.id });
  }
  return { profileId: chosen.id, by, mixed };
}

function labelKeys(doc: ReportDocument): Set<string> {
  const keys = new Set<string>();
  for (const block of doc.blocks) {
    if (block.kind !== "table") continue;
    for (const row of block.rows) {
      for (const cell of row.cells) {
        if (!cell.text) continue;
        keys.add(exactKey(cell.text));
        keys.add(labelKey(cell.text).body);
      }
    }
  }
  return keys;
}
