// A corpus of realistic reports for the bulk benchmark: real samples under other names, with other
// figures and narratives of other lengths, half of them with one wrong number at a known cell.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bindReport, createProfileRegistry, DEFAULT_PROFILE_ID, LineIndex, parseMarkdown } from "../packages/core/src/index.ts";
import { pick, rng } from "../packages/core/src/testing/random.ts";
import { largerReport } from "./reports.ts";

/** A real sample and the place name its issuer is built on (renamed in every copy). */
const BASES = [
  { file: "huaian-2024.md", place: "淮安市", suffix: "市" },
  { file: "huaian-2024-three-label-columns.md", place: "淮安市", suffix: "市" },
  { file: "dazhai-2022.md", place: "大寨乡", suffix: "乡" },
];

// Two of the 51 syllables make 2,601 place names, three make 132,651: every report has an issuer of its own,
// so that no two are paired by the cross-year checks (which would add findings the corpus did not plant).
const SYLLABLES = [..."安宝北昌成川大德东丰阜高广海和河华怀惠吉嘉江金景靖乐临龙鹿眉南宁平庆泉瑞山善寿顺泰通万文武西祥新兴阳永"];

export interface CorpusFile {
  path: string;
  bytes: number;
  /** The number changed in this copy, where an `arithmetic` error must be reported; none in a correct copy. */
  fault?: { line: number; column: number; cell: string; written: number; correct: number };
}

interface Variant {
  text: string;
  /** Every numeric cell of every table: where it is and what it says. */
  cells: { start: number; end: number; value: number; line: number; column: number; name: string; inT3T4: boolean }[];
}

/** The base text with its narrative written `scale` times over, bound once to find its cells. */
function variantOf(source: string, scale: number): Variant {
  const text = scale === 1 ? source : largerReport(source, scale);
  const report = bindReport(parseMarkdown(text), createProfileRegistry(), { defaultProfile: DEFAULT_PROFILE_ID });
  const lines = new LineIndex(text);
  const cells = report.tables.flatMap((t) =>
    t.blocks.flatMap((b) =>
      b.rows.flatMap((r) =>
        [...r.cells.values()].flatMap((c) => {
          if (c.value.kind !== "number") return [];
          const { start, end } = c.cell.contentRange;
          const at = lines.locate(start);
          const inT3T4 = t.def.def.id === "T3" || t.def.def.id === "T4";
          return [{ start, end, value: c.value.value, line: at.line, column: at.column, name: `${t.def.def.id}.${c.rowKey}.${c.columnKey}`, inT3T4 }];
        }),
      ),
    ),
  );
  return { text, cells: cells.sort((a, b) => a.start - b.start) };
}

/**
 * Writes `count` reports into `dir` (emptied first) and returns what each holds. Copy i is base
 * i mod 3, its narrative 1–3 times as long (7–25 KB, as real reports are), every figure multiplied by
 * one factor from 1 to 5 (the tables' sums and equations still hold), its place name its own; every
 * odd copy has one number of table 三 or 四 raised by 1–9. Deterministic for a `seed`.
 */
export function writeCorpus(root: string, dir: string, count: number, seed = 2026): CorpusFile[] {
  rmSync(dir, { recursive: true, force: true });
  const random = rng(seed);
  const variants = new Map<string, Variant>();
  const sources = BASES.map((b) => ({ ...b, source: readFileSync(join(root, "fixtures/samples", b.file), "utf8") }));
  const files: CorpusFile[] = [];
  const perDirectory = 500; // as an auditor's tree is: a folder per county, not 10,000 files in one
  for (let i = 0; i < count; i++) {
    const base = sources[i % sources.length]!;
    const scale = 1 + Math.floor(random() * 3);
    const key = `${base.file}×${scale}`;
    let variant = variants.get(key);
    if (!variant) variants.set(key, (variant = variantOf(base.source, scale)));
    const factor = 1 + Math.floor(random() * 5);
    const faulty = i % 2 === 1 ? pick(random, variant.cells.filter((c) => c.inT3T4)) : undefined;
    const bump = 1 + Math.floor(random() * 9);

    let text = "";
    let from = 0;
    let fault: CorpusFile["fault"];
    for (const cell of variant.cells) {
      const correct = cell.value * factor;
      const written = cell === faulty ? correct + bump : correct;
      text += variant.text.slice(from, cell.start) + String(written);
      from = cell.end;
      if (cell === faulty) fault = { line: cell.line, column: cell.column, cell: cell.name, written, correct };
    }
    text += variant.text.slice(from);
    // The place name is in the title and the narrative, never in a table row: the fault stays where it was.
    text = text.replaceAll(base.place, placeName(i) + base.suffix);

    const sub = join(dir, `county-${String(Math.floor(i / perDirectory)).padStart(3, "0")}`);
    if (i % perDirectory === 0) mkdirSync(sub, { recursive: true });
    const path = join(sub, `report-${String(i).padStart(5, "0")}.md`);
    writeFileSync(path, text);
    files.push({ path, bytes: Buffer.byteLength(text), ...(fault ? { fault } : {}) });
  }
  return files;
}

/** The i-th place name: its digits in base 51 as syllables, two or three of them. */
function placeName(i: number): string {
  const n = SYLLABLES.length;
  const digits = i < n * n ? [Math.floor(i / n), i % n] : [Math.floor(i / (n * n)) % n, Math.floor(i / n) % n, i % n];
  return digits.map((d) => SYLLABLES[d]).join("");
}
