import type { ErrorObject } from "ajv";
import { compileComparison, ExpressionError, references, type CompiledComparison } from "../arithmetic/expression.ts";
import { LabelIndex } from "../labels/label-index.ts";
import type { Localized } from "../rules/types.ts";
import type {
  BlockDef,
  ColumnDef,
  FieldType,
  HeaderGroupDef,
  ProfileDefinition,
  RelationDef,
  RowDef,
  SectionDef,
  TableDef,
} from "./types.ts";
import { schemaErrors } from "./validate-profile.generated.ts";

/** A profile that failed validation; `pointer` is the JSON pointer of the offending value. */
export class ProfileError extends Error {
  constructor(
    readonly profileId: string,
    readonly pointer: string,
    readonly reason: string,
  ) {
    super(`profile "${profileId}": ${pointer || "/"}: ${reason}`);
  }
}

export interface Profile {
  id: string;
  name: Localized;
  basis?: string;
  years: { from?: number; to?: number };
  signals: { label: string; next?: string; table?: string }[];
  issuerLevels: { level: string; name: Localized; patterns: RegExp[] }[];
  sections: SectionDef[];
  sectionIndex: LabelIndex<SectionDef>;
  tables: CompiledTable[];
}

export interface CompiledTable {
  def: TableDef;
  blocks: CompiledBlock[];
  relations: CompiledRelation[];
  /** Every label of the table, for recognising which template table a document table is. */
  labelIndex: LabelIndex<true>;
  captionIndex: LabelIndex<CompiledBlock>;
}

export interface CompiledBlock {
  def: BlockDef;
  table: CompiledTable;
  columns: ColumnDef[];
  rows: RowDef[];
  columnIndex: LabelIndex<ColumnDef>;
  rowIndex: LabelIndex<RowDef>;
  groupIndex: LabelIndex<HeaderGroupDef>;
  /** Label-column headers and notes: header cells that are neither data columns nor unknown. */
  auxiliaryIndex: LabelIndex<true>;
  field(row: RowDef, column: ColumnDef): FieldType;
}

export interface CompiledRelation extends CompiledComparison {
  def: RelationDef;
  block: CompiledBlock;
  target: string;
  when?: CompiledComparison;
  refs: string[];
  /** JSON pointer of the relation inside its profile, for error messages. */
  pointer: string;
}

const DEFAULT_FIELD: FieldType = { type: "integer", constraints: { minimum: 0 } };

function validateDefinition(def: unknown): void {
  // schemas/profile.schema.json's validator, generated ahead of time (scripts/validators.ts).
  const errors = schemaErrors(def) as ErrorObject[] | null;
  if (errors) {
    const error = errors[0]!;
    const id = typeof def === "object" && def && "id" in def ? String((def as { id: unknown }).id) : "?";
    throw new ProfileError(id, error.instancePath, describeAjvError(error));
  }
}

export function describeAjvError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "additionalProperties") return `unknown property "${String(params.additionalProperty)}"`;
  if (error.keyword === "enum") return `${error.message}: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  return error.message ?? error.keyword;
}

/** Validates, resolves `extends` and compiles profiles; `definitions` may be built-in or the user's own. */
export class ProfileRegistry {
  private readonly definitions = new Map<string, ProfileDefinition>();
  private readonly compiled = new Map<string, Profile>();
  private readonly trusted = new Set<string>();

  /**
   * `trusted` definitions are taken without schema validation: the built-in profiles, which a test
   * checks against the schema, so that a run does not validate 2,000 lines of JSON before its first
   * file. Everything else is validated.
   */
  constructor(definitions: readonly unknown[] = [], trusted: readonly ProfileDefinition[] = []) {
    for (const def of trusted) {
      this.put(def);
      this.trusted.add(def.id);
    }
    for (const def of definitions) this.add(def);
  }

  add(def: unknown): ProfileDefinition {
    validateDefinition(def);
    this.trusted.delete((def as ProfileDefinition).id);
    return this.put(def as ProfileDefinition);
  }

  private put(profile: ProfileDefinition): ProfileDefinition {
    this.definitions.set(profile.id, profile);
    this.compiled.clear();
    return profile;
  }

  ids(): string[] {
    return [...this.definitions.keys()];
  }

  has(id: string): boolean {
    return this.definitions.has(id);
  }

  get(id: string): Profile {
    let profile = this.compiled.get(id);
    if (!profile) {
      // A trusted profile's tables are compiled when first used: detection reads only the signals, so
      // a run over one report compiles the template it follows, not every one. Any other profile is
      // compiled whole now, so that its mistakes are reported where it is loaded.
      profile = compileProfile(this.resolve(id, []), this.trusted.has(id));
      this.compiled.set(id, profile);
    }
    return profile;
  }

  all(): Profile[] {
    return this.ids().map((id) => this.get(id));
  }

  private resolve(id: string, chain: string[]): ResolvedDefinition {
    const def = this.definitions.get(id);
    if (!def) {
      const from = chain[chain.length - 1];
      throw new ProfileError(from ?? id, from ? "/extends" : "", `unknown profile "${id}"`);
    }
    if (chain.includes(id)) throw new ProfileError(id, "/extends", `"extends" forms a cycle: ${[...chain, id].join(" → ")}`);
    const own = def.tables.map((table, index): [TableDef, Origin] => [table, { profileId: def.id, index }]);
    if (!def.extends) return { def, tables: own.map(([, origin]) => origin), issuerLevelsFrom: def.id };
    const base = this.resolve(def.extends, [...chain, id]);
    const inherited = base.def.tables.map((table, i): [TableDef, Origin] => [table, base.tables[i]!]);
    const tables = mergeByKey(inherited, own, ([table]) => table.id);
    return {
      def: {
        ...base.def,
        ...def,
        sections: mergeByKey(base.def.sections, def.sections, (s) => s.key),
        tables: tables.map(([table]) => table),
      },
      tables: tables.map(([, origin]) => origin),
      issuerLevelsFrom: def.issuerLevels ? def.id : base.issuerLevelsFrom,
    };
  }
}

/** Where a merged part of a profile was written, so that errors point into that profile's own file. */
interface Origin {
  profileId: string;
  /** Index in that profile's `tables`. */
  index: number;
}

interface ResolvedDefinition {
  def: ProfileDefinition;
  /** Per table of `def`, the profile and index it comes from. */
  tables: Origin[];
  issuerLevelsFrom: string;
}

function mergeByKey<T>(base: T[], own: T[], key: (item: T) => string): T[] {
  const replaced = new Map(own.map((item) => [key(item), item]));
  const merged = base.map((item) => replaced.get(key(item)) ?? item);
  const baseKeys = new Set(base.map(key));
  return [...merged, ...own.filter((item) => !baseKeys.has(key(item)))];
}

function compileProfile({ def, tables: origins, issuerLevelsFrom }: ResolvedDefinition, lazyTables: boolean): Profile {
  const sections = [...def.sections].sort((a, b) => a.ordinal - b.ordinal);
  const sectionIndex = new LabelIndex<SectionDef>();
  for (const s of sections) {
    sectionIndex.add(s.title, s);
    for (const alias of s.aliases ?? []) sectionIndex.add(alias, s, s.title, true);
  }
  const sectionKeys = new Set(sections.map((s) => s.key));
  const compileTables = (): CompiledTable[] =>
    def.tables.map((table, t) => {
      const origin = origins[t]!;
      if (!sectionKeys.has(table.section)) {
        throw new ProfileError(origin.profileId, `/tables/${origin.index}/section`, `unknown section "${table.section}"`);
      }
      return compileTable(origin.profileId, table, origin.index);
    });
  let tables = lazyTables ? undefined : compileTables();
  return {
    id: def.id,
    name: def.name,
    ...(def.basis ? { basis: def.basis } : {}),
    years: def.years ?? {},
    signals: def.detect?.signals ?? [],
    issuerLevels: (def.issuerLevels ?? []).map((l, i) => ({
      level: l.level,
      name: l.name,
      patterns: l.patterns.map((p, j) => compilePattern(issuerLevelsFrom, p, `/issuerLevels/${i}/patterns/${j}`)),
    })),
    sections,
    sectionIndex,
    get tables() {
      return (tables ??= compileTables());
    },
  };
}

function compilePattern(profileId: string, pattern: string, pointer: string): RegExp {
  try {
    return new RegExp(pattern, "u");
  } catch (error) {
    throw new ProfileError(profileId, pointer, (error as Error).message);
  }
}

function compileTable(profileId: string, def: TableDef, t: number): CompiledTable {
  const table: CompiledTable = {
    def,
    blocks: [],
    relations: [],
    labelIndex: new LabelIndex(),
    captionIndex: new LabelIndex(),
  };
  def.blocks.forEach((blockDef, b) => table.blocks.push(compileBlock(profileId, table, blockDef, `/tables/${t}/blocks/${b}`)));
  (def.relations ?? []).forEach((rel, r) => table.relations.push(compileRelation(profileId, table, rel, `/tables/${t}/relations/${r}`)));
  return table;
}

function compileBlock(profileId: string, table: CompiledTable, def: BlockDef, pointer: string): CompiledBlock {
  const block: CompiledBlock = {
    def,
    table,
    columns: def.columns,
    rows: def.rows,
    columnIndex: new LabelIndex(),
    rowIndex: new LabelIndex(),
    groupIndex: new LabelIndex(),
    auxiliaryIndex: new LabelIndex(),
    field: (row, column) => column.cell ?? row.cell ?? def.cell ?? table.def.cell ?? DEFAULT_FIELD,
  };
  const all = table.labelIndex;
  const addAll = (index: LabelIndex<any>, label: string, item: unknown, aliases: string[] = []): void => {
    index.add(label, item);
    all.add(label, true);
    for (const alias of aliases) {
      index.add(alias, item, label, true);
      all.add(alias, true);
    }
  };
  if (def.caption) addAll(table.captionIndex, def.caption, block, def.captionAliases);
  const groupKeys = new Set((def.headerGroups ?? []).map((g) => g.key));
  for (const g of def.headerGroups ?? []) addAll(block.groupIndex, g.label, g, g.aliases);
  def.columns.forEach((c, i) => {
    for (const g of c.groups ?? []) {
      if (!groupKeys.has(g)) throw new ProfileError(profileId, `${pointer}/columns/${i}/groups`, `unknown header group "${g}"`);
    }
    addAll(block.columnIndex, c.label, c, c.aliases);
  });
  const rowKeys = new Set(def.rows.map((r) => r.key));
  def.rows.forEach((r, i) => {
    if (r.parent && !rowKeys.has(r.parent)) throw new ProfileError(profileId, `${pointer}/rows/${i}/parent`, `unknown row "${r.parent}"`);
    if (r.label) addAll(block.rowIndex, r.label, r, r.aliases);
  });
  for (const label of [...(def.labelHeaders ?? []), ...(def.notes ?? [])]) addAll(block.auxiliaryIndex, label, true);
  return block;
}

function compileRelation(profileId: string, table: CompiledTable, def: RelationDef, pointer: string): CompiledRelation {
  const block = def.block ? table.blocks.find((b) => b.def.key === def.block) : table.blocks[0];
  if (!block) throw new ProfileError(profileId, `${pointer}/block`, `unknown block "${def.block}"`);
  if (!def.block && table.blocks.length > 1) {
    throw new ProfileError(profileId, `${pointer}/block`, "the table has several blocks: name the block the relation is about");
  }
  const overRows = def.each === "row";
  const axis = overRows ? block.columns.map((c) => c.key) : block.rows.map((r) => r.key);
  const groupRows = new Set(block.rows.filter((r) => r.group).map((r) => r.key));
  const scope = { order: axis, inRange: (id: string) => overRows || !groupRows.has(id) };
  const otherAxis = overRows ? block.rows.map((r) => r.key) : block.columns.map((c) => c.key);
  (def.over ?? []).forEach((key, i) => {
    if (!otherAxis.includes(key)) throw new ProfileError(profileId, `${pointer}/over/${i}`, `unknown ${overRows ? "row" : "column"} "${key}"`);
  });
  const compile = (source: string, field: string): CompiledComparison => {
    try {
      return compileComparison(source, scope);
    } catch (error) {
      if (error instanceof ExpressionError) {
        throw new ProfileError(profileId, `${pointer}/${field}`, `${error.message} (at character ${error.at + 1})`);
      }
      throw error;
    }
  };
  const assertion = compile(def.assert, "assert");
  if (assertion.left.type !== "ref") {
    throw new ProfileError(profileId, `${pointer}/assert`, "the left side must be the single cell the relation checks");
  }
  const when = def.when ? compile(def.when, "when") : undefined;
  const refs = new Set<string>();
  for (const c of [assertion, ...(when ? [when] : [])]) {
    references(c.left, refs);
    references(c.right, refs);
  }
  return { ...assertion, def, block, target: assertion.left.id, ...(when ? { when } : {}), refs: [...refs], pointer };
}
