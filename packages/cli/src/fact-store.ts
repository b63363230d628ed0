import type { YearFacts } from "@reportlint/core";
import type { FileFacts } from "./cross-year.ts";

/** Bytes per arena chunk: a larger record gets a chunk of its own. */
const CHUNK_BYTES = 1 << 20;

/** A record's figures and places, as stored: the layout and severities are the run's shared copies. */
type Stored = Omit<YearFacts, "keys" | "names" | "severity"> & { layout: number };

/**
 * The cross-year facts of a streamed bulk run, kept until the run's end outside the JavaScript heap.
 * Held as objects, 10,000 reports' facts are a few MB that V8 carries through its young generation
 * and multiplies in its old one: the run's peak memory grew with the number of files. Here each file
 * keeps on the heap only its path and the group it belongs to (issuer and year); its facts are JSON
 * in a byte arena. At the end only the files that can have a cross-year finding (another report of
 * their issuer for the same, the previous or the next year) are read back.
 */
export class FactStore {
  private readonly paths: string[] = [];
  private readonly issuers: string[] = [];
  private readonly years: number[] = [];
  /** Per file: chunk, offset and length of its record. */
  private readonly spans: number[] = [];
  private readonly chunks: Buffer[] = [];
  private used = CHUNK_BYTES; // no chunk yet: the first record opens one
  private readonly layouts: Pick<YearFacts, "keys" | "names" | "severity">[] = [];
  private readonly layoutIds = new Map<string, number>();
  private lastLayout = -1;

  add(filePath: string, facts: YearFacts): void {
    const { keys, names, severity, ...own } = facts;
    const record = JSON.stringify({ ...own, layout: this.layoutOf(keys, names, severity) } satisfies Stored);
    const length = Buffer.byteLength(record);
    if (this.used + length > CHUNK_BYTES) {
      this.chunks.push(Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, length)));
      this.used = 0;
    }
    this.chunks.at(-1)!.write(record, this.used);
    this.spans.push(this.chunks.length - 1, this.used, length);
    this.used += length;
    this.paths.push(filePath);
    this.issuers.push(facts.issuer);
    this.years.push(facts.year);
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
    const [chunk, offset, length] = this.spans.slice(i * 3, i * 3 + 3) as [number, number, number];
    const { layout, ...own } = JSON.parse(this.chunks[chunk]!.toString("utf8", offset, offset + length)) as Stored;
    return { ...own, ...this.layouts[layout]! };
  }

  /** The shared copy of a template's layout and a file's severities: alike for most files of a run. */
  private layoutOf(keys: YearFacts["keys"], names: YearFacts["names"], severity: YearFacts["severity"]): number {
    const last = this.layouts[this.lastLayout];
    if (last && last.keys === keys && last.names === names && last.severity === severity) return this.lastLayout;
    const id = JSON.stringify([keys, names, severity]);
    let index = this.layoutIds.get(id);
    if (index === undefined) {
      index = this.layouts.push({ keys, names, severity }) - 1;
      this.layoutIds.set(id, index);
    }
    return (this.lastLayout = index);
  }
}
