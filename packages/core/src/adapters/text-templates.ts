import type { LabelIndex, LabelMatch } from "../labels/label-index.ts";
import type { CompiledTable, Profile } from "../profiles/load.ts";
import type { TableDef } from "../profiles/types.ts";
import { TextMemo } from "../text/text-memo.ts";
import { LabelForms } from "./text-labels.ts";

export interface TemplateTable {
  table: CompiledTable;
  forms: LabelForms;
  captions: LabelForms;
}

/** The tables of every profile, each template table once (2019 inherits table 四 from 2021). */
export function templateTables(profiles: readonly Profile[]): TemplateTable[] {
  const seen = new Set<TableDef>();
  const out: TemplateTable[] = [];
  for (const profile of profiles) {
    for (const table of profile.tables) {
      if (seen.has(table.def)) continue;
      seen.add(table.def);
      let template = compiled.get(table);
      if (!template) {
        const captions = table.def.blocks.flatMap((b) => (b.caption ? [b.caption, ...(b.captionAliases ?? [])] : []));
        template = { table, forms: new LabelForms(tableLabels(table)), captions: new LabelForms(captions) };
        compiled.set(table, template);
      }
      out.push(template);
    }
  }
  return out;
}

/** Profiles are compiled once per registry; so are their label forms. */
const compiled = new WeakMap<CompiledTable, TemplateTable>();

function tableLabels(table: CompiledTable): string[] {
  const out: string[] = [];
  for (const b of table.def.blocks) {
    if (b.caption) out.push(b.caption, ...(b.captionAliases ?? []));
    out.push(...(b.labelHeaders ?? []), ...(b.notes ?? []));
    for (const g of b.headerGroups ?? []) out.push(g.label, ...(g.aliases ?? []));
    for (const c of b.columns) out.push(c.label, ...(c.aliases ?? []));
    for (const r of b.rows) if (r.label) out.push(r.label, ...(r.aliases ?? []));
  }
  return out;
}

/** Label look-ups, remembered: alignment asks about the same labels many times. */
const matches = new WeakMap<LabelIndex<unknown>, TextMemo<LabelMatch<unknown>[]>>();

export function matchOf<T>(index: LabelIndex<T>, text: string): LabelMatch<T>[] {
  let memo = matches.get(index as LabelIndex<unknown>);
  if (!memo) matches.set(index as LabelIndex<unknown>, (memo = new TextMemo(5_000, (t) => index.match(t))));
  return memo.get(text) as LabelMatch<T>[];
}
