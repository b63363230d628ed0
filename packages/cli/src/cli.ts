import { dirname, resolve } from "node:path";
import { decodeText, formatOfPath, type Locale } from "@reportlint/core";
import { ConfigError, ConfigLoader, lintOptionsFor, oneLine, validateConfig, type Config, type Overrides } from "@reportlint/config";
import { parseArguments, type CliOptions } from "./args.ts";
import { runConvert } from "./commands/convert.ts";
import { runExtract } from "./commands/extract.ts";
import { parseRuleOptions } from "./config/rule-option.ts";
import { lintDocxBytes, lintDocxFile, lintFile, lintText } from "./engine.ts";
import { CliError } from "./errors.ts";
import { collectFiles } from "./files.ts";
import { FORMATTERS } from "./formatters/index.ts";
import { cliMessage, SUMMARY } from "./messages.ts";
import { displayPath } from "./paths.ts";
import { errorsOnly, fileMessage, toResult, totals, type FileResult } from "./results.ts";

/** Everything the CLI touches of its process, so that it can be run and tested without one. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** The bytes of standard input; decoded like a file (UTF-8, UTF-16 with BOM, else GB18030). */
  readStdin(): Promise<Uint8Array>;
}

/**
 * Runs the command and returns its exit code: 0 no errors; 1 errors, or more warnings than
 * --max-warnings; 2 a usage, configuration or internal failure. Findings go to stdout; a failure
 * is one line on stderr, without a stack trace (set REPORTLINT_DEBUG=1 to get one).
 */
export async function cli(argv: readonly string[], io: Io): Promise<number> {
  try {
    const parsed = parseArguments(argv, (text) => io.stdout.write(text));
    if (parsed.kind === "exit") return parsed.code;
    if (parsed.kind === "extract") return await runExtract(parsed.options, io);
    if (parsed.kind === "convert") return await runConvert(parsed.options, io);
    return await run(parsed.options, io);
  } catch (error) {
    if (error instanceof CliError || error instanceof ConfigError) {
      io.stderr.write(`reportlint: ${error.message}\n`);
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr.write(`reportlint: internal error: ${oneLine(reason)}\n`);
      if (io.env.REPORTLINT_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    }
    return 2;
  }
}

async function run(options: CliOptions, io: Io): Promise<number> {
  const { cwd } = io;
  const display = (path: string): string => displayPath(cwd, path);
  const loader = new ConfigLoader(display);

  // Everything that can fail as a usage or configuration error is settled before any file is
  // read or written, so a broken configuration never leaves half of a --fix run behind.
  const overrides: Overrides = {};
  if (options.rule.length > 0) {
    const rules = parseRuleOptions(options.rule);
    validateConfig({ rules }, "--rule");
    overrides.rules = rules;
  }
  if (options.profile !== undefined) overrides.profile = loader.profiles.choose(options.profile, cwd, "--profile", null);
  if (options.locale) overrides.locale = options.locale;
  const fixedConfig = options.config !== undefined ? loader.loadFile(resolve(cwd, options.config)) : undefined;
  const configFor = (dir: string): Config | null => fixedConfig ?? loader.forDirectory(dir);

  const results: FileResult[] = [];
  let summaryLocale: Locale | undefined = options.locale;
  if (options.stdin) {
    const filePath = options.stdinFilename !== undefined ? resolve(cwd, options.stdinFilename) : "<text>";
    const lintOptions = lintOptionsFor(configFor(options.stdinFilename !== undefined ? dirname(filePath) : cwd), overrides);
    summaryLocale ??= lintOptions.locale;
    const bytes = await io.readStdin();
    if (formatOfPath(filePath) === "docx") {
      // A .docx cannot be fixed in place, so --fix prints nothing; the findings go to stdout as usual.
      results.push(await lintDocxBytes(bytes, filePath, lintOptions));
      return finish(results, options, io, summaryLocale, io.stdout);
    }
    const { result, output } = lintText(decodeText(bytes), filePath, lintOptions, options.fix);
    results.push(result);
    if (output !== undefined) {
      // The fixed text owns stdout; what remains to report goes to stderr.
      io.stdout.write(output);
      return finish(results, options, io, summaryLocale, io.stderr);
    }
  } else {
    const targets = await collectFiles(options.patterns.length > 0 ? options.patterns : ["."], cwd);
    const plans = targets.map((target) => ({ target, options: lintOptionsFor(configFor(dirname(target.path)), overrides) }));
    summaryLocale ??= plans[0]?.options.locale;
    for (const { target, options: lintOptions } of plans) {
      results.push(
        target.unreadableDirectory === undefined
          ? formatOfPath(target.path) === "docx"
            ? await lintDocxFile(target.path, lintOptions)
            : lintFile(target.path, lintOptions, options.fix)
          : toResult(target.path, [fileMessage("read-error", cliMessage("read-error", lintOptions.locale, `cannot read the directory: ${target.unreadableDirectory}`))]),
      );
    }
  }
  return finish(results, options, io, summaryLocale ?? "zh", io.stdout);
}

function finish(results: FileResult[], options: CliOptions, io: Io, locale: Locale, sink: { write(text: string): unknown; isTTY?: boolean }): number {
  const formatter = FORMATTERS[options.format];
  if (!formatter) throw new CliError(`unknown format "${options.format}"`);
  const shown = options.quiet ? results.map(errorsOnly) : results;
  const color = Boolean(sink.isTTY) && !io.env.NO_COLOR;
  const text = formatter(shown, { cwd: io.cwd, color: io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0" ? true : color, locale });
  if (text && (sink === io.stdout || shown.some((r) => r.messages.length > 0))) sink.write(text);

  // Warnings count against --max-warnings even when --quiet hides them, as in ESLint.
  const t = totals(results);
  const internal = results.some((r) => r.messages.some((m) => m.fatal && m.messageId === "internal-error"));
  if (internal) return 2;
  if (t.errors > 0) return 1;
  if (options.maxWarnings !== undefined && t.warnings > options.maxWarnings) {
    io.stderr.write(`reportlint: ${SUMMARY[locale].tooManyWarnings(t.warnings, options.maxWarnings)}\n`);
    return 1;
  }
  return 0;
}
