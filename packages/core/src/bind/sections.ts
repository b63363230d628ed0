import { labelKey } from "../labels/normalize.ts";
import type { Block, HeadingBlock, ParagraphBlock } from "../model/document.ts";
import type { Profile } from "../profiles/load.ts";
import type { BoundSection, SectionHeading } from "./types.ts";

const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
/** A paragraph this short that starts with 一、… is a section title written without heading markup. */
const TITLE_PARAGRAPH_MAX = 40;

export interface SectionBinding {
  sections: BoundSection[];
  sectionHeadings: SectionHeading[];
  /** Blocks before the first section: title, preamble. */
  preamble: Block[];
}

/**
 * Finds the template's sections among the headings. A heading is a section when its title is the
 * template's or a known variant, or when it is numbered 一、…六、 at the level the other sections use.
 */
export function bindSections(blocks: Block[], profile: Profile): SectionBinding {
  const candidates: SectionHeading[] = [];
  for (const block of blocks) {
    if (block.kind === "table") continue;
    const title = block.content.text.trim();
    if (block.kind === "paragraph" && (title.length > TITLE_PARAGRAPH_MAX || /[。；;]/u.test(title))) continue;
    const [match] = profile.sectionIndex.match(title);
    if (match) candidates.push({ block, title, def: match.item, match: match.level });
    else if (block.kind === "heading" && ordinalOf(title) !== undefined) candidates.push({ block, title });
  }

  const level = sectionDepth(candidates);
  const headings: SectionHeading[] = [];
  const taken = new Set<string>();
  for (const c of candidates) {
    const depth = c.block.kind === "heading" ? c.block.depth : undefined;
    if (depth !== undefined && level !== undefined && depth !== level) continue;
    if (!c.def) {
      const ordinal = ordinalOf(c.title)!;
      const def = profile.sections.find((s) => s.ordinal === ordinal);
      if (def && !taken.has(def.key)) {
        c.def = def;
        c.match = "ordinal";
      }
    }
    if (c.def) {
      if (taken.has(c.def.key)) c.duplicate = true;
      taken.add(c.def.key);
    }
    headings.push(c);
  }

  const starts = new Map(headings.map((h, i) => [h.block, i]));
  const sections: BoundSection[] = profile.sections.map((def) => ({ def, blocks: [] }));
  const byKey = new Map(sections.map((s) => [s.def.key, s]));
  const preamble: Block[] = [];
  let current: BoundSection | undefined;
  let started = false;
  for (const block of blocks) {
    const index = starts.get(block as HeadingBlock | ParagraphBlock);
    if (index !== undefined) {
      started = true;
      const heading = headings[index]!;
      current = heading.def && !heading.duplicate ? byKey.get(heading.def.key) : undefined;
      if (current) {
        current.heading = heading;
        current.range = { start: block.range.start, end: block.range.end };
      }
      continue;
    }
    if (!started) preamble.push(block);
    else if (current) {
      current.blocks.push(block);
      current.range!.end = block.range.end;
    }
  }
  return { sections, sectionHeadings: headings, preamble };
}

function ordinalOf(title: string): number | undefined {
  const { enumerator } = labelKey(title);
  if (!enumerator.startsWith("c")) return undefined;
  const i = ORDINALS.indexOf(enumerator.slice(1));
  return i < 0 ? undefined : i + 1;
}

/** The depth most matched section headings use; other depths hold sub-headings, not sections. */
function sectionDepth(candidates: SectionHeading[]): number | undefined {
  const counts = new Map<number, number>();
  for (const c of candidates) {
    if (c.def && c.block.kind === "heading") counts.set(c.block.depth, (counts.get(c.block.depth) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [depth, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best) && depth < best)) best = depth;
  return best;
}
