import type { BoundReport } from "../bind/types.ts";
import type { SourceRange } from "../model/document.ts";

export type Locale = "zh" | "en";

export interface Localized {
  zh: string;
  en: string;
}

export type SeverityName = "off" | "warn" | "error";

/** What a rule module is: metadata beside the check, as ESLint keeps `meta` beside `create`. */
export interface RuleModule<Options extends object = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): void;
}

export interface RuleMeta<Options extends object = Record<string, unknown>> {
  id: string;
  /** problem: the report is wrong; suggestion: it could be better. */
  type: "problem" | "suggestion";
  description: Localized;
  severity: Exclude<SeverityName, "off">;
  /** Whether the rule offers safe fixes that `--fix` applies. */
  fixable: boolean;
  /** Whether the rule offers suggestions: edits shown in the editor, never applied by `--fix`. */
  hasSuggestions: boolean;
  /** JSON Schema of the options object. */
  schema: Record<string, unknown>;
  defaultOptions: Options;
  /** Message templates by id; `{{name}}` is replaced from the report's data. */
  messages: Record<string, Localized>;
}

/** A message argument: plain text, a number, or text that has a Chinese and an English form. */
export type MessageValue = string | number | Localized;

export interface Edit {
  range: SourceRange;
  text: string;
}

export interface Suggestion {
  messageId: string;
  data?: Record<string, MessageValue>;
  edit: Edit;
}

export interface Problem {
  messageId: string;
  data?: Record<string, MessageValue>;
  range: SourceRange;
  fix?: Edit;
  suggest?: Suggestion[];
}

export interface RuleContext<Options extends object = Record<string, unknown>> {
  readonly report: BoundReport;
  readonly options: Options;
  readonly locale: Locale;
  emit(problem: Problem): void;
}
