// Test helpers for the section rules: real reports to edit, section by section.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const samples = join(import.meta.dirname, "../../../../../fixtures/samples");

/** A sample report without its fixture comment, ending in one newline. */
export function sample(name: string): string {
  const text = readFileSync(join(samples, name), "utf8");
  return `${text.replace(/<!--\s*reportlint-fixture[\s\S]*?-->/u, "").trimEnd()}\n`;
}

/** huaian-2024.md: a correct report whose sections sit at lines 11, 25, 43, 80, 88 and 94. */
export const huaian = sample("huaian-2024.md");
/** dazhai-2022.md: sections at lines 10, 22, 40, 77, 85 and 91; section 一 never mentions 依申请公开. */
export const dazhai = sample("dazhai-2022.md");

export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`text not found: ${from}`);
  return text.replace(from, to);
}

/** Splits at the `## ` headings: the preamble first, then one chunk per section, heading included. */
export function chunks(text: string): string[] {
  return text.split(/^(?=## )/mu);
}

/** The text with the section whose heading starts with `prefix` (e.g. "三、") removed. */
export function withoutSection(text: string, prefix: string): string {
  const parts = chunks(text);
  const i = indexOf(parts, prefix);
  parts.splice(i, 1);
  return ensureEnd(parts.join(""));
}

/** The text with the sections rearranged: `order` lists heading prefixes in their new order. */
export function reorder(text: string, order: string[]): string {
  const [preamble, ...sections] = chunks(text);
  const moved = order.map((prefix) => sections[indexOf(sections, prefix)]!).map((s) => `${s.trimEnd()}\n\n`);
  return ensureEnd(preamble + moved.join(""));
}

/** The text with the body of the section whose heading starts with `prefix` replaced. */
export function withBody(text: string, prefix: string, body: string): string {
  const parts = chunks(text);
  const i = indexOf(parts, prefix);
  const heading = parts[i]!.split("\n")[0]!;
  const last = i === parts.length - 1;
  parts[i] = `${heading}\n\n${body}${body && !body.endsWith("\n") ? "\n" : ""}${last ? "" : "\n"}`;
  return ensureEnd(parts.join(""));
}

function indexOf(parts: string[], prefix: string): number {
  const i = parts.findIndex((p) => p.startsWith(`## ${prefix}`));
  if (i < 0) throw new Error(`no section ${prefix}`);
  return i;
}

function ensureEnd(text: string): string {
  return `${text.trimEnd()}\n`;
}
