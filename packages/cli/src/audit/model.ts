import type { Place, YearFacts } from "@reportlint/core";

/** What the audit needs of a linted file: its path as shown, its findings and its cross-year facts. */
export interface AuditInput {
  file: string;
  messages: readonly { ruleId: string | null; messageId: string; severity: 1 | 2; message: string; line: number; column: number; place?: Place }[];
  facts?: Pick<YearFacts, "issuerText" | "year">;
}

export interface AuditFinding {
  /** The rule, or for a message without one (a file that cannot be read) its message id. */
  rule: string;
  severity: "error" | "warning";
  line: number;
  column: number;
  place?: Place;
  message: string;
}

export interface AuditReport {
  file: string;
  /** null when the report names no issuer or year (or could not be read). */
  issuer: string | null;
  year: number | null;
  errors: number;
  warnings: number;
  findings: AuditFinding[];
}

export interface AuditCount {
  key: string;
  files: number;
  errors: number;
  warnings: number;
}

export interface AuditModel {
  totals: { files: number; errors: number; warnings: number; filesWithErrors: number; filesWithWarningsOnly: number; clean: number };
  /** Most findings first. */
  byRule: AuditCount[];
  /** Most findings first; reports without a known issuer under the key "". */
  byIssuer: AuditCount[];
  /** In year order; reports without a known year under the key "". */
  byYear: AuditCount[];
  /** Worst first: most errors, then most warnings, then by path. */
  reports: AuditReport[];
}

/** The summary an audit shows, from the files' results. Pure: the same input gives the same model. */
export function buildAudit(inputs: readonly AuditInput[]): AuditModel {
  const reports = inputs.map(toReport);
  const totals = { files: reports.length, errors: 0, warnings: 0, filesWithErrors: 0, filesWithWarningsOnly: 0, clean: 0 };
  const rules = new Map<string, AuditCount & { seen: Set<string> }>();
  for (const r of reports) {
    totals.errors += r.errors;
    totals.warnings += r.warnings;
    if (r.errors > 0) totals.filesWithErrors++;
    else if (r.warnings > 0) totals.filesWithWarningsOnly++;
    else totals.clean++;
    for (const f of r.findings) {
      const count = rules.get(f.rule) ?? { key: f.rule, files: 0, errors: 0, warnings: 0, seen: new Set<string>() };
      rules.set(f.rule, count);
      if (f.severity === "error") count.errors++;
      else count.warnings++;
      if (!count.seen.has(r.file)) {
        count.seen.add(r.file);
        count.files++;
      }
    }
  }
  const byRule = [...rules.values()].map(({ seen: _seen, ...count }) => count).sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || compare(a.key, b.key));
  const byIssuer = groupBy(reports, (r) => r.issuer ?? "").sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || compare(a.key, b.key));
  // Unknown years last; otherwise in year order, as a time line reads.
  const byYear = groupBy(reports, (r) => (r.year === null ? "" : String(r.year))).sort((a, b) => (a.key === "" ? 1 : b.key === "" ? -1 : compare(a.key, b.key)));
  reports.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || compare(a.file, b.file));
  return { totals, byRule, byIssuer, byYear, reports };
}

function toReport(input: AuditInput): AuditReport {
  const findings = input.messages.map((m) => ({
    rule: m.ruleId ?? m.messageId,
    severity: m.severity === 2 ? ("error" as const) : ("warning" as const),
    line: m.line,
    column: m.column,
    ...(m.place ? { place: m.place } : {}),
    message: m.message,
  }));
  return {
    file: input.file,
    issuer: input.facts?.issuerText ?? null,
    year: input.facts?.year ?? null,
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    findings,
  };
}

function groupBy(reports: readonly AuditReport[], key: (r: AuditReport) => string): AuditCount[] {
  const out = new Map<string, AuditCount>();
  for (const r of reports) {
    const k = key(r);
    const count = out.get(k) ?? { key: k, files: 0, errors: 0, warnings: 0 };
    out.set(k, count);
    count.files++;
    count.errors += r.errors;
    count.warnings += r.warnings;
  }
  return [...out.values()];
}

/** Code-point order, the same on every machine (localeCompare depends on the ICU data). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
