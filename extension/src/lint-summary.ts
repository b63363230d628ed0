// The answer of the server's reportlint.server.lintWorkspace command, read defensively: a server of
// another version may answer something else, and the extension must then say so rather than fail.

export interface LintSummary {
  /** Files linted. */
  files: number;
  /** Of those, the ones that are reports. */
  reports: number;
  errors: number;
  warnings: number;
}

export function readLintSummary(result: unknown): LintSummary | undefined {
  if (typeof result !== "object" || result === null) return undefined;
  const r = result as Record<string, unknown>;
  const count = (key: keyof LintSummary): number | undefined => {
    const value = r[key];
    return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
  };
  const files = count("files");
  const reports = count("reports");
  const errors = count("errors");
  const warnings = count("warnings");
  if (files === undefined || reports === undefined || errors === undefined || warnings === undefined) return undefined;
  return { files, reports, errors, warnings };
}
