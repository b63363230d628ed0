import { parseText, type TextFormat } from "./adapters/index.ts";
import { bindReport } from "./bind/bind-report.ts";
import type { BoundReport } from "./bind/types.ts";
import { resolveRules, type RulesConfig } from "./config.ts";
import { DirectiveFilter, parseDirectives } from "./directives.ts";
import { applyFixes, type Fix } from "./fixes.ts";
import type { Place, ReportDocument, SourceRange } from "./model/document.ts";
import { createProfileRegistry, DEFAULT_PROFILE_ID } from "./profiles/builtin.ts";
import type { ProfileRegistry } from "./profiles/load.ts";
import { builtinRules } from "./rules/index.ts";
import { formatMessage, messageData } from "./rules/messages.ts";
import type { Locale, Localized, MessageValue, Problem, RuleContext } from "./rules/types.ts";
import { LineIndex } from "./text/line-index.ts";
import { WorkCounter } from "./work.ts";
import { yearFacts, type YearFacts } from "./cross-year/facts.ts";

export interface LintOptions {
  /** The format of the text given to `lint`; Markdown by default. */
  format?: TextFormat;
  /** Force a profile instead of detecting it from the content. */
  profile?: string;
  /** Profiles to choose from; the built-in ones by default. */
  registry?: ProfileRegistry;
  rules?: RulesConfig;
  locale?: Locale;
  /**
   * Counts work, for tests that prove the stages linear without a clock (work.ts): each read the
   * binding makes of the document adds 1 under "bind", each read a rule makes of the bound report 1
   * under the rule's id. Several times slower; no front end sets it.
   */
  work?: Map<string, number>;
}

export interface LintSuggestion {
  desc: string;
  messageId: string;
  fix: Fix;
}

/** One finding, in ESLint's shape: 1-based line and column, severity 1 (warning) or 2 (error). */
export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  messageId: string;
  /**
   * The values `message` was filled in with, as the rule gave them (a value with a Chinese and an
   * English form keeps both): with messageId they say what `message` says in any language, for a
   * script that wants the figures without parsing text, or a fingerprint that must not depend on the
   * language of the run. Absent when the message takes none.
   */
  data?: Record<string, MessageValue>;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  suggestions?: LintSuggestion[];
  /** Paragraph, table, row and column, for inputs such as .docx whose lines mean nothing to a reader. */
  place?: Place;
  /** The input could not be read, or the linter failed: the findings are incomplete. */
  fatal?: true;
}

export interface LintResult extends MessageCounts {
  messages: LintMessage[];
  /** The profile the report was checked against. */
  profileId: string | null;
  /** What the cross-year checks need of this report, when its issuer and year are known and a cross-year rule is on. */
  facts?: YearFacts;
}

const CORE_MESSAGES: Record<string, Localized> = {
  "unknown-directive-rule": {
    zh: "注释指令中的规则“{{rule}}”不存在。请检查规则名。",
    en: 'The directive names rule "{{rule}}", which does not exist. Check the rule name.',
  },
  "empty-document": {
    zh: "文件是空的，没有可检查的报告内容。",
    en: "The file is empty: there is no report to check.",
  },
  "internal-error": {
    zh: "reportlint 内部错误（{{where}}）：{{reason}}。检查结果不完整，请报告此问题。",
    en: "reportlint failed internally ({{where}}): {{reason}}. The findings are incomplete; please report this.",
  },
};

let defaultRegistry: ProfileRegistry | undefined;

/** Lints the text of a report (Markdown unless `options.format` says otherwise). Pure: no file system, no process, no clock. */
export function lint(source: string, options: LintOptions = {}): LintResult {
  let doc: ReportDocument;
  try {
    doc = parseText(source, options.format ?? "markdown", registryOf(options).all());
  } catch (error) {
    return summarize([internalError("parse", error, options.locale ?? "zh")], null);
  }
  return lintDocument(doc, options);
}

/**
 * Lints a document already read by an adapter. A caller that has bound it itself (the language
 * server, which also answers hover and outline from the binding) passes that binding to save a second one.
 */
export function lintDocument(doc: ReportDocument, options: LintOptions = {}, bound?: BoundReport): LintResult {
  const locale = options.locale ?? "zh";
  const lines = new LineIndex(doc.source);
  const registry = registryOf(options);
  const messages: LintMessage[] = [];
  const toMessage = (ruleId: string | null, severity: 1 | 2, messageId: string, template: Localized, data: Record<string, MessageValue> | undefined, range: SourceRange): LintMessage => {
    const start = lines.locate(range.start);
    const end = lines.locate(Math.max(range.start, range.end));
    const place = doc.place?.(range.start);
    const text = formatMessage(template, locale, data);
    return { ruleId, severity, message: text, messageId, ...messageData(data), line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ...(place ? { place } : {}) };
  };

  for (const p of doc.problems) {
    const message = toMessage(null, p.severity, p.messageId, p.message, p.data, p.range);
    messages.push(p.fatal ? { ...message, fatal: true } : message);
  }
  // Nothing could be read (a damaged .docx): the adapter's reason is the one finding, not every
  // section and table reported missing.
  if (doc.blocks.length === 0 && doc.problems.some((p) => p.fatal)) return summarize(messages, null);
  // An empty file (or one of blank lines): one finding, not every section and table missing.
  if (!/\S/u.test(doc.source)) {
    const text = formatMessage(CORE_MESSAGES["empty-document"]!, locale);
    return summarize([...messages, { ruleId: null, severity: 2, message: text, messageId: "empty-document", line: 1, column: 1, endLine: 1, endColumn: 1 }], null);
  }

  const counter = options.work ? new WorkCounter(options.work) : undefined;
  let report: BoundReport;
  try {
    if (counter) counter.current = "bind";
    report = bound ?? bindReport(counter ? counter.wrap(doc) : doc, registry, { ...(options.profile ? { profile: options.profile } : {}), defaultProfile: DEFAULT_PROFILE_ID });
  } catch (error) {
    return summarize([...messages, internalError("bind", error, locale)], null);
  }

  const directives = parseDirectives(doc.comments, lines);
  for (const d of directives) {
    for (const rule of d.rules ?? []) {
      if (!builtinRules.has(rule)) {
        messages.push(toMessage(null, 1, "unknown-directive-rule", CORE_MESSAGES["unknown-directive-rule"]!, { rule }, d.comment.range));
      }
    }
  }
  const filter = new DirectiveFilter(directives);

  const resolved = resolveRules(builtinRules, options.rules);
  for (const { rule, severity, options: ruleOptions } of resolved) {
    const { meta } = rule;
    const template = (messageId: string): Localized => {
      const found = meta.messages[messageId];
      if (!found) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
      return found;
    };
    if (counter) counter.current = meta.id;
    const context: RuleContext = {
      report: counter ? counter.wrap(report) : report,
      options: ruleOptions,
      locale,
      emit(problem: Problem) {
        const message = toMessage(meta.id, severity, problem.messageId, template(problem.messageId), problem.data, problem.range);
        if (filter.suppresses(meta.id, problem.range.start, message.line)) return;
        if (!doc.editable) {
          messages.push(message);
          return;
        }
        if (problem.fix && meta.fixable) message.fix = { range: [problem.fix.range.start, problem.fix.range.end], text: problem.fix.text };
        if (problem.suggest?.length && meta.hasSuggestions) {
          message.suggestions = problem.suggest.map((s) => ({
            desc: formatMessage(template(s.messageId), locale, s.data),
            messageId: s.messageId,
            fix: { range: [s.edit.range.start, s.edit.range.end], text: s.edit.text },
          }));
        }
        messages.push(message);
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      messages.push(internalError(meta.id, error, locale));
    }
  }
  if (counter) counter.current = "facts"; // the cross-year facts below read the document too
  const result = summarize(messages, report.profile.id);
  const facts = crossYearFacts(report, lines, resolved);
  return facts ? { ...result, facts } : result;
}

/** Facts for the run-wide cross-year checks, with each cross-year rule's severity for this file; none when both are off. */
function crossYearFacts(report: BoundReport, lines: LineIndex, resolved: readonly { rule: { meta: { id: string } }; severity: 0 | 1 | 2 }[]): YearFacts | undefined {
  const severityOf = (id: string): 0 | 1 | 2 => resolved.find((r) => r.rule.meta.id === id)?.severity ?? 0;
  const severity = { "cross-year-carryover": severityOf("cross-year-carryover"), "cross-year-in-force": severityOf("cross-year-in-force") };
  if (severity["cross-year-carryover"] === 0 && severity["cross-year-in-force"] === 0) return undefined;
  return yearFacts(report, lines, severity);
}

function registryOf(options: LintOptions): ProfileRegistry {
  return options.registry ?? (defaultRegistry ??= createProfileRegistry());
}

/**
 * The one finding for a failure inside reportlint (`where`: the stage or rule that threw), at the
 * start of the document. Front ends that run the stages themselves (the language server) report
 * their failures with it too, so that every front end says it in one voice.
 */
export function internalError(where: string, error: unknown, locale: Locale): LintMessage {
  const reason = error instanceof Error ? error.message : String(error);
  const data = { where, reason };
  const message = formatMessage(CORE_MESSAGES["internal-error"]!, locale, data);
  return { ruleId: null, severity: 2, message, messageId: "internal-error", data, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true };
}

function summarize(messages: LintMessage[], profileId: string | null): LintResult {
  messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? "").localeCompare(b.ruleId ?? ""));
  return { messages, ...tally(messages), profileId };
}

export interface MessageCounts {
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

/** The counts ESLint reports beside a file's messages. */
export function tally(messages: readonly LintMessage[]): MessageCounts {
  const counts: MessageCounts = { errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const m of messages) {
    if (m.severity === 2) {
      counts.errorCount++;
      if (m.fatal) counts.fatalErrorCount++;
      if (m.fix) counts.fixableErrorCount++;
    } else {
      counts.warningCount++;
      if (m.fix) counts.fixableWarningCount++;
    }
  }
  return counts;
}

export interface FixResult {
  /** The text after every safe fix; equal to the input when nothing was fixed. */
  output: string;
  fixed: boolean;
  /** What remains after fixing. */
  result: LintResult;
}

/** Lints, applies safe fixes, and lints again until nothing more is fixed (at most ten passes). */
export function lintAndFix(source: string, options: LintOptions = {}): FixResult {
  let output = source;
  let result = lint(output, options);
  for (let pass = 0; pass < 10; pass++) {
    const fixes = result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(output, fixes);
    if (next.applied === 0 || next.output === output) break;
    output = next.output;
    result = lint(output, options);
  }
  return { output, fixed: output !== source, result };
}
