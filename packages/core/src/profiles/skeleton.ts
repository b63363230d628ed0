import type { CompiledBlock, CompiledTable } from "./load.ts";

/**
 * The template table as GFM Markdown, in the official layout, with `0` in every value cell: what a
 * report that lost its table (pasted as an image, E5) can start from.
 *
 * - Table 二: one table; each block opens with its caption row, then its 信息内容 header row.
 * - Table 三: one header row (the label header in the corner), group rows as bare labels, leaf rows.
 * - Table 四: a header row per level of header groups, then the leaf labels, then the values.
 *
 * Header groups get rows of their own only where a leaf label repeats in its block (结果维持 ×3):
 * there the groups are what tells the columns apart. Elsewhere one header row binds unambiguously.
 */
export function tableSkeleton(table: CompiledTable): string {
  const labelColumns = table.blocks.some((b) => b.rows.some((r) => r.label)) ? 1 : 0;
  const width = labelColumns + Math.max(1, ...table.blocks.map((b) => b.columns.length));
  const lines: string[][] = [];
  for (const block of table.blocks) lines.push(...blockLines(block, labelColumns));
  const padded = lines.map((cells) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill("")]);
  const delimiter = Array.from({ length: width }, (_, j) => (j < labelColumns ? "---" : "---:"));
  const [head, ...body] = padded;
  return [row(head ?? Array<string>(width).fill("")), `|${delimiter.join("|")}|`, ...body.map(row)].join("\n");
}

function blockLines(block: CompiledBlock, labelColumns: number): string[][] {
  const out: string[][] = [];
  const label = (text: string): string[] => (labelColumns ? [text] : []);
  if (block.def.caption) out.push([block.def.caption]);
  const corner = block.def.labelHeaders?.[0] ?? "";
  const repeated = block.columns.some((c, i) => block.columns.findIndex((d) => d.label === c.label) !== i);
  const depth = repeated ? Math.max(0, ...block.columns.map((c) => c.groups?.length ?? 0)) : 0;
  for (let h = 0; h < depth; h++) {
    const cells = block.columns.map((c, j) => {
      const key = c.groups?.[h];
      if (!key) return "";
      const previous = block.columns[j - 1];
      const sameRun = previous && (previous.groups ?? []).slice(0, h + 1).join("/") === (c.groups ?? []).slice(0, h + 1).join("/");
      return sameRun ? "" : (block.def.headerGroups?.find((g) => g.key === key)?.label ?? key);
    });
    out.push([...label(h === 0 ? corner : ""), ...cells]);
  }
  out.push([...label(depth === 0 ? corner : ""), ...block.columns.map((c) => c.label)]);
  for (const r of block.rows) {
    const values = block.columns.map(() => (r.group ? "" : "0"));
    out.push([...label(r.label ?? ""), ...values]);
  }
  return out;
}

function row(cells: string[]): string {
  return `|${cells.map((c) => (c ? ` ${c.replace(/\|/gu, "\\|")} ` : " ")).join("|")}|`;
}
