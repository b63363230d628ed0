import { oneLine } from "@reportlint/config";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { VERSION, type Locale } from "@reportlint/core";
import { defineConvert, type ConvertOptions } from "./commands/convert.ts";
import { defineExtract, type ExtractOptions } from "./commands/extract.ts";
import { CliError } from "./errors.ts";
import { FORMATTERS } from "./formatters/index.ts";

export interface CliOptions {
  patterns: string[];
  config?: string;
  rule: string[];
  profile?: string;
  locale?: Locale;
  format: string;
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  stdin: boolean;
  stdinFilename?: string;
}

export type Parsed =
  | { kind: "run"; options: CliOptions }
  | { kind: "extract"; options: ExtractOptions }
  | { kind: "convert"; options: ConvertOptions }
  | { kind: "exit"; code: number };

const HELP_AFTER = `
Configuration: reportlint.config.json, .reportlintrc.json or a "reportlint" key in package.json,
found upward from each file (the nearest wins). Schema: schemas/config.schema.json.

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
            2 usage, configuration or internal failure.

Files are read by extension: .md/.markdown, .html/.htm, .txt, .docx; a file named on the command
line with another extension is read as Markdown. With --stdin, --stdin-filename decides.

Examples:
  reportlint reports/                      lint every report file under reports/
  reportlint "reports/**/2024*.md" --format json
  reportlint --fix report.md               apply safe fixes in place
  reportlint --rule "arithmetic: warn" --locale en report.md
  cat report.md | reportlint --stdin --stdin-filename reports/report.md
  reportlint extract reports/ --format csv -o tables.csv
  reportlint convert report.docx --to md -o report.md`;

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
    .addOption(new Option("-f, --format <name>", "output format").choices(Object.keys(FORMATTERS)).default("stylish"))
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings", nonNegativeInteger)
    .option("--quiet", "report errors only")
    .option("--fix", "apply safe fixes and rewrite the files (atomically; only files that change)")
    .option("--stdin", "lint the text on standard input")
    .option("--stdin-filename <name>", "the file name of the standard input, for its format (by extension), configuration discovery and output")
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
  const options: CliOptions = { ...opts, rule: opts.rule ?? [], quiet: Boolean(opts.quiet), fix: Boolean(opts.fix), stdin: Boolean(opts.stdin), patterns: program.args };
  if (options.stdinFilename !== undefined && !options.stdin) throw new CliError("--stdin-filename needs --stdin");
  if (options.stdin && options.patterns.length > 0) throw new CliError(`--stdin cannot be combined with files (got ${options.patterns.join(" ")})`);
  return { kind: "run", options };
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/u.test(value.trim())) throw new InvalidArgumentError("expected a non-negative integer.");
  return Number(value);
}
