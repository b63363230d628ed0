import type { CompiledBlock, CompiledTable, Profile } from "./load.ts";
import type { SectionDef } from "./types.ts";

export interface ReportSkeletonOptions {
  /** The body that issues the report, as it names itself: 某某县人民政府. */
  issuer: string;
  /** The statistics year. */
  year: number;
}

/**
 * A new report on `profile`, as Markdown: front matter, the title, the opening paragraph stating the
 * statistics period (what `report-year` reads), then every section in template order with its tables.
 *
 * What only the author can write is left out, so that linting the skeleton lists it: a section's prose
 * is an HTML comment naming the topics it must cover (`section-topics`, `section-substance`), and value
 * cells are blank (`blank-cell`, whose fix writes 0) except in a row without a label. Structure, labels
 * and arithmetic are clean.
 */
export function reportSkeleton(profile: Profile, { issuer, year }: ReportSkeletonOptions): string {
  const title = `${issuer}${year}年政府信息公开工作年度报告`;
  const parts = [
    ["---", `title: ${yamlScalar(title)}`, `issuer: ${yamlScalar(issuer)}`, `year: ${year}`, "---"].join("\n"),
    `# ${title}`,
    `本报告由${issuer}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定编制。报告所列统计期限自${year}年1月1日至${year}年12月31日。`,
    "<!-- 请写明联系方式：地址、邮编、电话、电子邮箱。 -->",
  ];
  for (const section of profile.sections) {
    parts.push(`## ${section.title}`);
    const tables = profile.tables.filter((t) => t.def.section === section.key);
    const prompt = sectionPrompt(section, tables.length > 0);
    if (prompt) parts.push(`<!-- ${prompt} -->`);
    for (const table of tables) parts.push(tableSkeleton(table, ""));
  }
  return `${parts.join("\n\n")}\n`;
}

/** What the author must write in a section, or nothing for a section that is only its tables. */
function sectionPrompt(section: SectionDef, hasTables: boolean): string | undefined {
  if (section.topics?.length) return `请写明：${section.topics.map((t) => t.label).join("、")}。`;
  if (section.substantive || !hasTables) return "请填写本部分的内容。";
  return undefined;
}

/** Chinese names are plain YAML; anything YAML would read otherwise is double-quoted (JSON is valid YAML there). */
function yamlScalar(text: string): string {
  return /^[\p{L}\p{N}（）()、·]+$/u.test(text) ? text : JSON.stringify(text);
}

/**
 * The template table as GFM Markdown, in the official layout, with `value` in every value cell (`0`:
 * what a report that lost its table, pasted as an image, E5, can start from) of a labelled row.
 *
 * - Table 二: one table; each block opens with its caption row, then its 信息内容 header row.
 * - Table 三: one header row (the label header in the corner), group rows as bare labels, leaf rows.
 * - Table 四: a header row per level of header groups, then the leaf labels, then the values.
 *
 * Header groups get rows of their own only where a leaf label repeats in its block (结果维持 ×3):
 * there the groups are what tells the columns apart. Elsewhere one header row binds unambiguously.
 */
export function tableSkeleton(table: CompiledTable, value = "0"): string {
  const labelColumns = table.blocks.some((b) => b.rows.some((r) => r.label)) ? 1 : 0;
  const width = labelColumns + Math.max(1, ...table.blocks.map((b) => b.columns.length));
  const lines: string[][] = [];
  for (const block of table.blocks) lines.push(...blockLines(block, labelColumns, value));
  const padded = lines.map((cells) => [...cells, ...Array<string>(Math.max(0, width - cells.length)).fill("")]);
  const delimiter = Array.from({ length: width }, (_, j) => (j < labelColumns ? "---" : "---:"));
  const [head, ...body] = padded;
  return [row(head ?? Array<string>(width).fill("")), `|${delimiter.join("|")}|`, ...body.map(row)].join("\n");
}

function blockLines(block: CompiledBlock, labelColumns: number, value: string): string[][] {
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
    // A row bound by position (table 四's) is known only by its numbers: left blank, it would read as no row at all.
    const values = block.columns.map(() => (r.group ? "" : r.label === undefined ? "0" : value));
    out.push([...label(r.label ?? ""), ...values]);
  }
  return out;
}

function row(cells: string[]): string {
  return `|${cells.map((c) => (c ? ` ${c.replace(/\|/gu, "\\|")} ` : " ")).join("|")}|`;
}
