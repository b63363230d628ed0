import type { YearFacts } from "@reportlint/core";

/**
 * One copy of each template's figure layout (`keys` and `names`) for the facts of a whole run. A
 * bulk run keeps every report's facts until its cross-year checks; a worker thread's facts arrive
 * with copies of their own, and shared again here they cost only their figures per report.
 */
export class FactLayouts {
  private readonly layouts = new Map<string, { keys: readonly string[]; names: readonly string[] }>();

  /** `facts` with its layout replaced by the shared copy. */
  share(facts: YearFacts): YearFacts {
    const id = `${facts.keys.join("\u0000")}\u0001${facts.names.join("\u0000")}`;
    const shared = this.layouts.get(id);
    if (!shared) {
      this.layouts.set(id, { keys: facts.keys, names: facts.names });
      return facts;
    }
    return shared.keys === facts.keys ? facts : { ...facts, keys: shared.keys, names: shared.names };
  }
}
