import type { YearFacts } from "@reportlint/core";
import type { FileFacts } from "./cross-year.ts";

/** Bytes per arena chunk: a larger record gets a chunk of its own. */
const CHUNK_BYTES = 1 << 20;

/** What the facts of most files of a run have alike: a template's figure layout and the rules' severities. */
type Layout = Pick<YearFacts, "keys" | "names" | "severity">;

/** A record's figures and places, as stored: everything but the layout. */
type Own = Omit<YearFacts, keyof Layout>;

/**
 * One file's cross-year facts, packed where the file was linted (a worker thread, or the main
 * thread): the group it belongs to, its own facts as one JSON string, and its layout by id. The
 * layout itself travels once, with the first file of its packer that has it.
 */
export interface PackedFacts {
  issuer: string;
  year: number;
  record: string;
  /** Unique in the run: the packer's name and a number. */
  layout: string;
  layoutValue?: Layout;
}

/**
 * Packs facts for a FactStore, in one thread. A worker's reply is copied into the main thread's
 * heap; a few strings there cost little, where facts as objects made the main thread's young
 * generation grow with the number of files (V8 grows it with what survives its collections).
 */
export class FactPacker {
  private readonly ids = new Map<string, string>();
  private last: (Layout & { id: string }) | undefined;

  /** `name` tells this packer's layouts apart from other threads'. */
  constructor(private readonly name: string) {}

  pack(facts: YearFacts): PackedFacts {
    const { keys, names, severity, ...own } = facts;
    const record = JSON.stringify(own satisfies Own);
    const { issuer, year } = facts;
    // Within a thread the facts of one template share their arrays: most files are the last one's.
    const last = this.last;
    if (last && last.keys === keys && last.names === names && last.severity === severity) return { issuer, year, record, layout: last.id };
    const json = JSON.stringify([keys, names, severity]);
    let id = this.ids.get(json);
    const known = id !== undefined;
    if (id === undefined) this.ids.set(json, (id = `${this.name}:${this.ids.size}`));
    this.last = { keys, names, severity, id };
    return known ? { issuer, year, record, layout: id } : { issuer, year, record, layout: id, layoutValue: { keys, names, severity } };
  }
}

/**
 * The cross-year facts of a streamed bulk run, kept until the run's end outside the JavaScript heap.
 * Held as objects, 10,000 reports' facts are a few MB that V8 carries through its young generation
 * and multiplies in its old one: the run's peak memory grew with the number of files. Here each file
 * keeps on the heap only its path and the group it belongs to (issuer and year); its facts are JSON
 * in a byte arena. At the end only the files that can have a cross-year finding (another report of
 * their issuer for the same, the previous or the next year) are read back. Files may arrive in any
 * order: a layout is looked up only then.
 */
export class FactStore {
  private readonly paths: string[] = [];
  private readonly issuers: string[] = [];
  private readonly years: number[] = [];
  /** Per file: chunk, offset and length of its record, and its layout's slot. */
  private readonly spans: number[] = [];
  private readonly chunks: Buffer[] = [];
  private used = CHUNK_BYTES; // no chunk yet: the first record opens one
  private readonly slots = new Map<string, number>();
  private readonly layouts: (Layout | undefined)[] = [];

  add(filePath: string, packed: PackedFacts): void {
    const { record } = packed;
    const length = Buffer.byteLength(record);
    if (this.used + length > CHUNK_BYTES) {
      this.chunks.push(Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, length)));
      this.used = 0;
    }
    this.chunks.at(-1)!.write(record, this.used);
    this.spans.push(this.chunks.length - 1, this.used, length, this.slotOf(packed.layout));
    this.used += length;
    if (packed.layoutValue) this.layouts[this.slotOf(packed.layout)] = packed.layoutValue;
    this.paths.push(filePath);
    this.issuers.push(packed.issuer);
    this.years.push(packed.year);
  }

  /** The files that share their issuer with another file of the same, the previous or the next year, with their facts. */
  *pairable(): Generator<Required<FileFacts>> {
    const counts = new Map<string, number>();
    const groupAt = (i: number, year = this.years[i]!): string => `${this.issuers[i]}\u0000${year}`;
    for (let i = 0; i < this.paths.length; i++) counts.set(groupAt(i), (counts.get(groupAt(i)) ?? 0) + 1);
    for (let i = 0; i < this.paths.length; i++) {
      const year = this.years[i]!;
      if (counts.get(groupAt(i))! > 1 || counts.has(groupAt(i, year - 1)) || counts.has(groupAt(i, year + 1))) {
        yield { filePath: this.paths[i]!, facts: this.read(i) };
      }
    }
  }

  private read(i: number): YearFacts {
    const [chunk, offset, length, slot] = this.spans.slice(i * 4, i * 4 + 4) as [number, number, number, number];
    const layout = this.layouts[slot];
    if (!layout) throw new Error(`the facts of ${this.paths[i]} name a layout that never arrived`);
    return { ...(JSON.parse(this.chunks[chunk]!.toString("utf8", offset, offset + length)) as Own), ...layout };
  }

  private slotOf(id: string): number {
    let slot = this.slots.get(id);
    if (slot === undefined) this.slots.set(id, (slot = this.slots.size));
    return slot;
  }
}
