import { resolve } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import type { Locale } from "@reportlint/core";
import { auditHtml } from "../audit/html.ts";
import { AUDIT_LABELS } from "../audit/labels.ts";
import { buildAudit, type AuditModel } from "../audit/model.ts";
import { auditText } from "../audit/text.ts";
import type { Concurrency } from "../concurrency.ts";
import { addCrossYear } from "../cross-year.ts";
import { collectFiles } from "../files.ts";
import { checkOutputFile, writeOutputFile } from "../output-file.ts";
import { displayPath } from "../paths.ts";
import { totals } from "../results.ts";
import { lintFiles } from "../run-files.ts";
import { resolveSettings, type RunSettings } from "../settings.ts";
import type { CommandIo } from "./output.ts";

export interface AuditOptions {
  patterns: string[];
  format: "text" | "json";
  html?: string;
  locale?: Locale;
  config?: string;
  profile?: string;
  rule: string[];
  concurrency: Concurrency;
}

/** Declares `reportlint audit` on the program; `onParsed` receives its options. */
export function defineAudit(program: Command, onParsed: (options: AuditOptions) => void): void {
  program
    .command("audit")
    .summary("lint many reports and summarise: counts by rule, issuing body and year, worst reports first; --html writes a page with charts")
    .usage("[options] <dirs|files|globs...>")
    .description(
      "Lint every report (as the main command does, cross-year checks included) and summarise the findings: counts by rule, by issuing body and by year, the reports with the most errors first, each finding with its file and place.",
    )
    .argument("<dirs...>", "directories (walked), files or globs, as for linting")
    .addOption(new Option("-f, --format <format>", "text: a short summary (default); json: the whole summary model").choices(["text", "json"]).default("text"))
    .option("--html <file>", "also write a self-contained HTML page (inline SVG charts, no external resources)")
    .addOption(new Option("--locale <locale>", "language of the summary and the messages (default: zh)").choices(["zh", "en"]))
    .option("-c, --config <file>", "use this configuration file; no discovery")
    .option("--profile <id|file>", "report profile: a built-in id or a profile JSON file")
    .option("--rule <rule>", 'rule setting, repeatable, as for linting', (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option("--concurrency <n>", "worker threads: auto (default), off or a number", concurrency, "auto" as Concurrency)
    .allowExcessArguments(false)
    .action((patterns: string[], opts: Omit<AuditOptions, "patterns" | "rule"> & { rule?: string[] }) => onParsed({ ...opts, rule: opts.rule ?? [], patterns }));
}

/**
 * Lints the files with the main command's engine, runs the cross-year checks over all of them, and
 * prints the summary (text or JSON); with --html also writes the page. Exit codes as for linting:
 * 1 when a report has errors, so that an audit can gate a pipeline too.
 */
export async function runAudit(options: AuditOptions, io: CommandIo): Promise<number> {
  const settings: RunSettings = { cwd: io.cwd, rule: options.rule, ...(options.config !== undefined ? { config: options.config } : {}), ...(options.profile !== undefined ? { profile: options.profile } : {}), ...(options.locale ? { locale: options.locale } : {}) };
  const resolver = resolveSettings(settings);
  const htmlPath = options.html !== undefined ? resolve(io.cwd, options.html) : undefined;
  if (htmlPath !== undefined) checkOutputFile(htmlPath, options.html!);
  const targets = await collectFiles(options.patterns, io.cwd);
  for (const target of targets) resolver.optionsFor(target.path);
  const locale: Locale = options.locale ?? (targets[0] ? resolver.optionsFor(targets[0].path).locale : "zh");
  const linted = await lintFiles(targets, { settings, resolver, fix: "off", concurrency: options.concurrency });
  const results = addCrossYear(linted.results, io.cwd, locale);
  const model: AuditModel = buildAudit(results.map((r) => ({ file: displayPath(io.cwd, r.filePath), messages: r.messages, ...(r.facts ? { facts: r.facts } : {}) })));
  if (htmlPath !== undefined) {
    writeOutputFile(htmlPath, auditHtml(model, locale), options.html!);
    // The page's path goes to stderr so that stdout stays the summary alone (JSON for a script).
    io.stderr.write(`reportlint: ${AUDIT_LABELS[locale].wrote(displayPath(io.cwd, htmlPath))}\n`);
  }
  io.stdout.write(options.format === "json" ? `${JSON.stringify(model)}\n` : auditText(model, locale));
  return totals(results).errors > 0 ? 1 : 0;
}

function concurrency(value: string): Concurrency {
  if (value === "auto" || value === "off") return value;
  if (/^[1-9]\d*$/u.test(value)) return Number(value);
  throw new InvalidArgumentError('expected "auto", "off" or a positive integer.');
}
