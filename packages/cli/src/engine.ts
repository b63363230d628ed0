import { lint, lintAndFix, type Locale, type LintMessage, type LintOptions, type RulesConfig } from "@reportlint/core";
import type { Config } from "./config/load.ts";
import { mergeRules } from "./config/load.ts";
import type { ProfileChoice } from "./config/profiles.ts";
import { fsReason, oneLine } from "./errors.ts";
import { writeFileAtomic } from "./fix-writer.ts";
import { cliMessage } from "./messages.ts";
import { readReport } from "./read.ts";
import { fileMessage, toResult, type FileResult } from "./results.ts";

/** What the command line says on top of the configuration files. */
export interface Overrides {
  rules?: RulesConfig;
  profile?: ProfileChoice;
  locale?: Locale;
}

/** The core's options for one file: its configuration, then the command line over it. */
export function lintOptionsFor(config: Config | null, overrides: Overrides): LintOptions & { locale: Locale } {
  const rules = mergeRules(config?.rules ?? {}, overrides.rules ?? {});
  const profile = overrides.profile ?? config?.profile;
  const options: LintOptions & { locale: Locale } = { rules, locale: overrides.locale ?? config?.locale ?? "zh" };
  if (profile) {
    options.profile = profile.id;
    if (profile.registry) options.registry = profile.registry;
  }
  return options;
}

/** Lints one file on disk; with `fix`, writes the fixed text back when it changed. Never throws. */
export function lintFile(path: string, options: LintOptions & { locale: Locale }, fix: boolean): FileResult {
  const { locale } = options;
  const read = readReport(path);
  if (!read.ok) return toResult(path, [fileMessage("read-error", cliMessage("read-error", locale, read.reason))]);
  try {
    if (!fix) return toResult(path, lint(read.text, options).messages);
    if (read.encoding !== "utf-8") {
      const { messages } = lint(read.text, options);
      const extra = messages.some((m) => m.fix) ? [fileMessage("fix-not-written", cliMessage("fix-not-written", locale, read.encoding.toUpperCase()), 1)] : [];
      return toResult(path, [...extra, ...messages]);
    }
    const fixed = lintAndFix(read.text, options);
    if (!fixed.fixed) return toResult(path, fixed.result.messages);
    try {
      writeFileAtomic(path, (read.bom ? "\uFEFF" : "") + fixed.output, read.mode);
    } catch (error) {
      const { messages } = lint(read.text, options);
      return toResult(path, [fileMessage("write-error", cliMessage("write-error", locale, fsReason(error))), ...messages]);
    }
    return toResult(path, fixed.result.messages);
  } catch (error) {
    return toResult(path, [internalError(error, locale)]);
  }
}

/** Lints text from stdin; with `fix`, also returns the fixed text (UTF-8, with the BOM if there was one). Never throws. */
export function lintText(input: { text: string; bom: boolean }, filePath: string, options: LintOptions & { locale: Locale }, fix: boolean): { result: FileResult; output?: string } {
  const bom = input.bom ? "\uFEFF" : "";
  try {
    if (!fix) return { result: toResult(filePath, lint(input.text, options).messages) };
    const fixed = lintAndFix(input.text, options);
    return { result: toResult(filePath, fixed.result.messages), output: bom + fixed.output };
  } catch (error) {
    return { result: toResult(filePath, [internalError(error, options.locale)]), ...(fix ? { output: bom + input.text } : {}) };
  }
}

function internalError(error: unknown, locale: Locale): LintMessage {
  return fileMessage("internal-error", cliMessage("internal-error", locale, oneLine(error instanceof Error ? error.message : String(error))));
}
