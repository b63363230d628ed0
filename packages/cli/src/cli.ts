import { dirname, resolve } from "node:path";
import { formatOfPath, type Locale } from "@reportlint/core";
import { ConfigError, oneLine } from "@reportlint/config";
import { parseArguments, type CliOptions } from "./args.ts";
import { runAudit } from "./commands/audit.ts";
import { runConvert } from "./commands/convert.ts";
import { runExtract } from "./commands/extract.ts";
import { lintDocxBytes, lintText, type FixMode } from "./engine.ts";
import { decodeInput, MB } from "./read.ts";
import { addCrossYear, crossYearFindings } from "./cross-year.ts";
import { FactStore } from "./fact-store.ts";
import { CliError } from "./errors.ts";
import { collectFiles } from "./files.ts";
import { SUMMARY } from "./messages.ts";
import { checkOutputFile } from "./output-file.ts";
import { displayPath } from "./paths.ts";
import { emitReport, reportColors } from "./report.ts";
import { failedInternally, totals, type FileResult, type Totals } from "./results.ts";
import { cachePath, ResultCache } from "./cache.ts";
import { startProgress } from "./progress.ts";
import { lintFiles } from "./run-files.ts";
import { resolveSettings, type RunSettings } from "./settings.ts";
import { StylishStream, type StreamedFile } from "./stylish-stream.ts";

/** Everything the CLI touches of its process, so that it can be run and tested without one. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
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
    if (parsed.kind === "audit") return await runAudit(parsed.options, io);
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
  const settings: RunSettings = { cwd, rule: options.rule, ...pick(options) };

  // Everything that can fail as a usage or configuration error is settled before any file is
  // read or written, so a broken configuration never leaves half of a --fix run behind.
  const resolver = resolveSettings(settings);
  if (options.outputFile !== undefined) checkOutputFile(resolve(cwd, options.outputFile), options.outputFile);

  const results: FileResult[] = [];
  let summaryLocale: Locale | undefined = options.locale;
  if (options.stdin) {
    const filePath = options.stdinFilename !== undefined ? resolve(cwd, options.stdinFilename) : "<text>";
    const lintOptions = resolver.optionsForDirectory(options.stdinFilename !== undefined ? dirname(filePath) : cwd);
    summaryLocale ??= lintOptions.locale;
    const bytes = await io.readStdin();
    if (formatOfPath(filePath) === "docx") {
      // A .docx cannot be fixed in place, so --fix prints nothing; the findings go to stdout as usual.
      results.push(await lintDocxBytes(bytes, filePath, lintOptions));
      return finish(results, options, io, summaryLocale, io.stdout);
    }
    const { result, output } = lintText(decodeInput(bytes, lintOptions.maxFileSize), filePath, lintOptions, fixMode(options), cwd);
    results.push(result);
    if (output !== undefined) {
      // The fixed text owns stdout; what remains to report goes to stderr.
      io.stdout.write(output);
      return finish(results, options, io, summaryLocale, io.stderr);
    }
  } else {
    const targets = await collectFiles(options.patterns.length > 0 ? options.patterns : ["."], cwd, (note) => void io.stderr.write(`reportlint: ${note}\n`));
    // Every configuration the files need is read (and cached by directory) now, for the reason above.
    for (const target of targets) resolver.optionsFor(target.path);
    summaryLocale ??= targets[0] && resolver.optionsFor(targets[0].path).locale;
    const notify = (note: string): void => void io.stderr.write(`reportlint: ${note}\n`);
    const cacheFile = cachePath(cwd, options.cacheLocation);
    const cache = options.cache ? new ResultCache(cacheFile, notify, displayPath(cwd, cacheFile)) : undefined;
    const progress = startProgress(io.stderr, io.env, targets.length);
    const onFile = progress && (() => progress.tick());
    const locale = summaryLocale ?? "zh";
    // The default report is printed as the run goes, so that a run over any number of files keeps
    // none of their findings; not where it would cross the progress counter on one terminal, nor for
    // a dry run, whose diffs come first.
    const streamed = options.format === "stylish" && options.outputFile === undefined && !options.fixDryRun && !(progress && io.stdout.isTTY);
    let color: boolean | undefined;
    const reportColor = (): boolean => (color ??= reportColors(options, io, io.stdout));
    const print = { cwd, locale, quiet: options.quiet };
    const stream = streamed ? new StylishStream(io.stdout, { ...print, color: reportColor }) : undefined;
    const kept = new FactStore();
    const runStream = stream && {
      print,
      color: reportColor,
      facts: options.crossYear,
      take: (filePath: string, file: StreamedFile): void => {
        stream.add(file);
        if (file.facts) kept.add(filePath, file.facts);
      },
    };
    const outcome = await lintFiles(targets, {
      settings,
      resolver,
      fix: fixMode(options),
      concurrency: options.concurrency,
      ...(cache ? { cache } : {}),
      ...(onFile ? { onFile } : {}),
      ...(runStream ? { stream: runStream } : {}),
    });
    progress?.done();
    for (const result of outcome.results) results.push(result); // not push(...): a spread of 100,000 arguments overflows the stack
    if (options.stats) notify(runStats(targets.length, outcome.workers, cache));
    if (stream) {
      stream.end(options.crossYear ? crossYearFindings(kept.pairable(), cwd, locale, { duplicates: false }) : new Map());
      return exitCode(stream.all, stream.internalError, options, io, locale);
    }
  }
  // Cross-year checks need every file's facts, so they run once all files are linted (stdin is one file).
  const checked = options.crossYear && results.length > 1 ? addCrossYear(results, cwd, summaryLocale ?? "zh", { duplicates: false }) : results;
  return finish(checked, options, io, summaryLocale ?? "zh", io.stdout);
}

/** The settings the user gave that are set, without undefined values (a worker's data is plain). */
function pick(options: CliOptions): Partial<RunSettings> {
  const out: Partial<RunSettings> = {};
  if (options.config !== undefined) out.config = options.config;
  if (options.profile !== undefined) out.profile = options.profile;
  if (options.locale !== undefined) out.locale = options.locale;
  if (options.maxFileSize !== undefined) out.maxFileSize = Math.round(options.maxFileSize * MB);
  return out;
}

/** --stats: `60 files, 2 worker threads, cache: 60 hits, 0 misses` (English, like the other notes). */
function runStats(files: number, workers: number, cache: ResultCache | undefined): string {
  const threads = workers === 0 ? "main thread" : `${workers} worker thread${workers === 1 ? "" : "s"}`;
  return `${files} file${files === 1 ? "" : "s"}, ${threads}${cache ? `, cache: ${cache.hits} hits, ${cache.misses} misses` : ""}`;
}

function fixMode(options: CliOptions): FixMode {
  return options.fix ? "write" : options.fixDryRun ? "dry-run" : "off";
}

function finish(results: FileResult[], options: CliOptions, io: Io, locale: Locale, sink: { write(text: string): unknown; isTTY?: boolean }): number {
  emitReport(results, options, io, locale, sink);
  const internal = results.some(failedInternally);
  return exitCode(totals(results), internal, options, io, locale);
}

/** 2 for an internal error; 1 for errors, or more warnings than --max-warnings (counted even when --quiet hides them, as in ESLint); else 0. */
function exitCode(t: Totals, internal: boolean, options: CliOptions, io: Io, locale: Locale): number {
  if (internal) return 2;
  if (t.errors > 0) return 1;
  if (options.maxWarnings !== undefined && t.warnings > options.maxWarnings) {
    io.stderr.write(`reportlint: ${SUMMARY[locale].tooManyWarnings(t.warnings, options.maxWarnings)}\n`);
    return 1;
  }
  return 0;
}
