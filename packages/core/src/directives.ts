import type { Comment } from "./model/document.ts";
import type { LineIndex } from "./text/line-index.ts";

/**
 * Inline configuration in HTML comments, as ESLint and markdownlint write it:
 * `<!-- reportlint-disable rule-a, rule-b -- reason -->`, `reportlint-enable`,
 * `reportlint-disable-line`, `reportlint-disable-next-line`. No rule list means every rule.
 */
export interface Directive {
  kind: "disable" | "enable" | "disable-line" | "disable-next-line";
  /** Rule ids, or null for all rules. */
  rules: string[] | null;
  offset: number;
  line: number;
  comment: Comment;
}

const DIRECTIVE = /^\s*reportlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/u;

export function parseDirectives(comments: Comment[], lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (!m) continue;
    const list = m[2]!.split(/\s--\s|\s--$/u)[0]!.trim();
    const rules = list ? list.split(/[\s,]+/u).filter(Boolean) : null;
    const kind = m[1] as Directive["kind"];
    const at = kind === "disable-next-line" ? comment.range.end : comment.range.start;
    out.push({ kind, rules, offset: comment.range.start, line: lines.locate(at).line, comment });
  }
  return out;
}

/** Decides for each message whether a directive turns it off. */
export class DirectiveFilter {
  constructor(private readonly directives: Directive[]) {}

  suppresses(ruleId: string, offset: number, line: number): boolean {
    let disabled = false;
    for (const d of this.directives) {
      const applies = d.rules === null || d.rules.includes(ruleId);
      if (!applies) continue;
      if (d.kind === "disable-line" && d.line === line) return true;
      if (d.kind === "disable-next-line" && d.line + 1 === line) return true;
      if (d.offset > offset) continue;
      if (d.kind === "disable") disabled = true;
      else if (d.kind === "enable") disabled = false;
    }
    return disabled;
  }
}
