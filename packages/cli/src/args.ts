import { oneLine } from "@reportlint/config";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { VERSION, type Locale } from "@reportlint/core";
import { defineAudit, type AuditOptions } from "./commands/audit.ts";
import { defineConvert, type ConvertOptions } from "./commands/convert.ts";
import { defineExtract, type ExtractOptions } from "./commands/extract.ts";
import type { Concurrency } from "./concurrency.ts";
import { CliError } from "./errors.ts";
import { FORMATTERS } from "./formatters/index.ts";

export interface CliOptions {
  patterns: string[];
  config?: string;
  rule: string[];
  profile?: string;
  locale?: Locale;
  format: string;
  outputFile?: string;
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  /** Compute the fixes, write nothing: the report shows them (a diff in stylish, `output` in json). */
  fixDryRun: boolean;
  concurrency: Concurrency;
  cache: boolean;
  cacheLocation?: string;
  stats: boolean;
  stdin: boolean;
  stdinFilename?: string;
  /** Compare reports of the same issuer in consecutive years (R8, R9) when several files are linted. */
  crossYear: boolean;
  /** --max-file-size: text files larger than this many megabytes are not read. */
  maxFileSize?: number;
}

export type Parsed =
  | { kind: "run"; options: CliOptions }
  | { kind: "extract"; options: ExtractOptions }
  | { kind: "convert"; options: ConvertOptions }
  | { kind: "audit"; options: AuditOptions }
  | { kind: "exit"; code: number };

const HELP_AFTER = `
Configuration: reportlint.config.json, .reportlintrc.json or a "reportlint" key in package.json,
found upward from each file (the nearest wins). Schema: schemas/config.schema.json.

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
            2 usage, configuration or internal failure.

Files are read by extension: .md/.markdown, .html/.htm, .txt, .docx; a file named on the command
line with another extension is read as Markdown. With --stdin, --stdin-filename decides.

Bulk runs: --concurrency auto lints on worker threads (one per core, at most 8) from 50 files with
three cores or more, from 1,500 with two; the report lists files in the order given, whatever
finished first, and the default report is printed as the run goes. --cache keeps results in
.reportlintcache, keyed by the file's bytes, its options and the reportlint version. A progress
counter is drawn on stderr only when it is a terminal and CI is not set.

Formats (--format):
  stylish  for people (default): file, line:col, severity, message, rule; colours on a terminal
  json     ESLint's result shape: [{filePath, messages, errorCount, warningCount, ...}]
  sarif    SARIF 2.1.0 for GitHub code scanning: rule docs links, paths relative to the working
           directory, partialFingerprints; at most 25,000 results (a note on stderr when cut)
  github   GitHub Actions annotations (::error file=...,line=...::message); with $GITHUB_STEP_SUMMARY
           set, a Markdown job summary (counts by rule, the first findings per file) is appended to it
  junit    JUnit XML: a test suite per file, a test case per finding, errors as failures

Examples:
  reportlint reports/                      lint every report file under reports/
  reportlint "reports/**/2024*.md" --format json
  reportlint reports/ --format sarif -o reportlint.sarif
  reportlint --fix report.md               apply safe fixes in place
  reportlint --fix-dry-run reports/        show the safe fixes as a diff, change nothing
  reportlint reports/ --cache --stats      lint only what changed since the last run
  reportlint --rule "arithmetic: warn" --locale en report.md
  cat report.md | reportlint --stdin --stdin-filename reports/report.md
  reportlint extract reports/ --format csv -o tables.csv
  reportlint convert report.docx --to md -o report.md
  reportlint audit reports/ --html audit.html   summary with charts, cross-year checks included`;

/**
 * Parses the arguments with commander. Linting is the default command; `extract` and `convert` are
 * subcommands (a file to lint that is named like one is given as ./extract). Help and version are
 * written to `out` and end the run with 0; a usage mistake becomes a CliError (one line, exit 2).
 * Commander never calls process.exit.
 */
export function parseArguments(argv: readonly string[], out: (text: string) => void): Parsed {
  const program = new Command()
    .name("reportlint")
    .usage("[options] [files|dirs|globs...]")
    .description("Lint 政府信息公开工作年度报告 (government information-disclosure annual reports) in Markdown, HTML, text or .docx.")
    .argument("[patterns...]", "files, directories (walked for *.md, *.html, *.htm, *.txt, *.docx) or globs; default: the current directory")
    .option("-c, --config <file>", "use this configuration file; no discovery")
    .option("--rule <rule>", 'rule setting, repeatable: "id: severity", "id: [severity, options]" or a JSON object; overrides the configuration', collect)
    .option("--profile <id|file>", "report profile: a built-in id (gov-annual-2021, gov-annual-2019) or a profile JSON file")
    .addOption(new Option("--locale <locale>", "language of the messages (default: zh)").choices(["zh", "en"]))
    .addOption(new Option("-f, --format <name>", "output format (see Formats below)").choices(Object.keys(FORMATTERS)).default("stylish"))
    .option("-o, --output-file <path>", "write the report to this file (atomically, creating its directory) instead of standard output")
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings", nonNegativeInteger)
    .option("--quiet", "report errors only")
    .option("--fix", "apply safe fixes and rewrite the files (atomically; only files that change)")
    .option("--fix-dry-run", "compute the safe fixes without writing: a unified diff per file in stylish, the fixed text as `output` in json")
    .option("--concurrency <auto|off|n>", "lint on worker threads: auto (one per core, from 50 files; on two cores from 1,500), off, or n threads", concurrency, "auto" as Concurrency)
    .option("--cache", "keep results in .reportlintcache and lint only the files, configurations or profiles that changed")
    .option("--cache-location <file|dir>", "the cache file, or a directory for .reportlintcache (with --cache)")
    .option("--stats", "print a line about the run on stderr: files, worker threads, cache hits and misses")
    .option("--stdin", "lint the text on standard input")
    .option("--stdin-filename <name>", "the file name of the standard input, for its format (by extension), configuration discovery and output")
    .option("--max-file-size <MB>", "do not read a text file (Markdown, HTML, text) larger than this (default: 10 MB, reports are far smaller)", positiveNumber)
    .option("--no-cross-year", "do not compare reports of the same issuer in consecutive years (done when several files are linted)")
    .version(VERSION, "-v, --version", "print the version")
    .helpOption("-h, --help", "print this help")
    .addHelpText("after", HELP_AFTER)
    .showSuggestionAfterError(true)
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: () => {}, outputError: () => {} })
    // The linting options go before a subcommand's name, the subcommand's own after it; no `help`
    // command, so that `reportlint help` still lints a file or directory named help.
    .enablePositionalOptions()
    .helpCommand(false)
    .action(() => {});
  // Declared after the settings above, which subcommands inherit (exitOverride, output, help).
  let sub = undefined as Parsed | undefined;
  defineExtract(program, (options) => (sub = { kind: "extract", options }));
  defineConvert(program, (options) => (sub = { kind: "convert", options }));
  defineAudit(program, (options) => (sub = { kind: "audit", options }));

  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return { kind: "exit", code: 0 }; // --help, --version
      throw new CliError(oneLine(error.message.replace(/^error: /u, "")));
    }
    throw error;
  }
  if (sub) {
    const lintFlag = program.options.find((o) => program.getOptionValueSource(o.attributeName()) === "cli");
    if (lintFlag) throw new CliError(`${lintFlag.long ?? lintFlag.flags} is an option of linting; the options of "${sub.kind}" go after it`);
    return sub;
  }
  const opts = program.opts<Partial<CliOptions> & { format: string }>();
  const options: CliOptions = { ...opts, rule: opts.rule ?? [], quiet: Boolean(opts.quiet), fix: Boolean(opts.fix), fixDryRun: Boolean(opts.fixDryRun), concurrency: opts.concurrency ?? "auto", cache: Boolean(opts.cache), stats: Boolean(opts.stats), stdin: Boolean(opts.stdin), crossYear: opts.crossYear !== false, patterns: program.args };
  if (options.fix && options.fixDryRun) throw new CliError("--fix and --fix-dry-run cannot be combined");
  if (options.stdinFilename !== undefined && !options.stdin) throw new CliError("--stdin-filename needs --stdin");
  if (options.stdin && options.patterns.length > 0) throw new CliError(`--stdin cannot be combined with files (got ${options.patterns.join(" ")})`);
  return { kind: "run", options };
}

function concurrency(value: string): Concurrency {
  const v = value.trim();
  if (v === "auto" || v === "off") return v;
  if (/^\d+$/u.test(v) && Number(v) >= 1) return Number(v);
  throw new InvalidArgumentError('expected "auto", "off" or a number of threads (1 or more).');
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function positiveNumber(value: string): number {
  if (!/^\d+(?:\.\d+)?$/u.test(value.trim()) || Number(value) <= 0) throw new InvalidArgumentError("expected a positive number of megabytes.");
  return Number(value);
}

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/u.test(value.trim())) throw new InvalidArgumentError("expected a non-negative integer.");
  return Number(value);
}
