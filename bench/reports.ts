// The reports the benchmarks run on: the typical sample and larger ones grown from it.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** fixtures/samples/huaian-2024.md (about 9 KB), read relative to `root` (the repository). */
export function typicalReport(root: string): string {
  return readFileSync(join(root, "fixtures/samples/huaian-2024.md"), "utf8");
}

/**
 * A larger report of the same shape: the narrative of sections 一 and 五 written `scale` times over
 * (as a long city-level report is), the three tables unchanged.
 */
export function largerReport(base: string, scale: number): string {
  const grow = (text: string, from: string, to: string): string => {
    const start = text.indexOf(from);
    const end = text.indexOf(to, start);
    if (start < 0 || end < 0) throw new Error(`cannot find ${from} … ${to} in the sample`);
    const head = text.slice(0, start + from.length);
    const body = text.slice(start + from.length, end);
    return head + body.repeat(scale) + text.slice(end);
  };
  return grow(grow(base, "## 一、总体情况\n", "## 二、"), "## 五、存在的主要问题及改进情况\n", "## 六、");
}

/** The scale at which `largerReport(base, scale)` comes nearest to `bytes` of UTF-8. */
export function scaleForSize(base: string, bytes: number): number {
  const one = Buffer.byteLength(largerReport(base, 1), "utf8");
  const step = Buffer.byteLength(largerReport(base, 2), "utf8") - one;
  return Math.max(1, 1 + Math.round((bytes - one) / step));
}
