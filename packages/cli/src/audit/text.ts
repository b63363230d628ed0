import type { Locale } from "@reportlint/core";
import { AUDIT_LABELS } from "./labels.ts";
import type { AuditCount, AuditModel } from "./model.ts";

/** How many rows of each list the terminal summary shows: it is a glance, the page and JSON have everything. */
const TOP = 10;

/** The short text summary `reportlint audit` prints by default. */
export function auditText(model: AuditModel, locale: Locale): string {
  const l = AUDIT_LABELS[locale];
  const t = model.totals;
  const lines = [`${l.title}: ${l.summary(t.files, t.errors, t.warnings, t.filesWithErrors, t.clean)}`];
  const list = (title: string, counts: readonly AuditCount[]): void => {
    if (counts.length === 0) return;
    lines.push("", `${title}:`);
    for (const c of counts.slice(0, TOP)) lines.push(`  ${c.key || l.unknown}  ${l.counts(c.errors, c.warnings)}`);
    if (counts.length > TOP) lines.push(`  ${l.more(counts.length - TOP)}`);
  };
  list(l.byRule, model.byRule);
  list(l.byIssuer, model.byIssuer);
  list(l.byYear, model.byYear);
  const worst = model.reports.filter((r) => r.errors + r.warnings > 0);
  list(l.worst, worst.map((r) => ({ key: r.file, files: 1, errors: r.errors, warnings: r.warnings })));
  return `${lines.join("\n")}\n`;
}
