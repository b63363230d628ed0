import type { YearFacts } from "@reportlint/core";

/**
 * One copy, for a whole run, of what the facts of many reports have alike: a template's figure
 * layout (`keys` and `names`) and the cross-year rules' severities. A bulk run keeps every report's
 * facts until its cross-year checks, and a worker thread's facts arrive with copies of their own;
 * shared again here, the facts cost only their figures per report.
 */
export class FactPool {
  private readonly layouts = new Map<string, Pick<YearFacts, "keys" | "names">>();
  private readonly severities = new Map<string, YearFacts["severity"]>();

  /** `facts` with its layout and severities replaced by the shared copies. */
  share(facts: YearFacts): YearFacts {
    const layoutId = `${facts.keys.join("\u0000")}\u0001${facts.names.join("\u0000")}`;
    let layout = this.layouts.get(layoutId);
    if (!layout) this.layouts.set(layoutId, (layout = { keys: facts.keys, names: facts.names }));
    const severityId = JSON.stringify(facts.severity);
    let severity = this.severities.get(severityId);
    if (!severity) this.severities.set(severityId, (severity = facts.severity));
    return { ...facts, keys: layout.keys, names: layout.names, severity };
  }
}
