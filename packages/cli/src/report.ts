import { resolve } from "node:path";
import type { Locale } from "@reportlint/core";
import type { CliOptions } from "./args.ts";
import type { Io } from "./cli.ts";
import { CliError } from "./errors.ts";
import { FORMATTERS, githubSummary } from "./formatters/index.ts";
import { writeOutputFile } from "./output-file.ts";
import { displayPath } from "./paths.ts";
import { errorsOnly, type FileResult } from "./results.ts";
import { appendStepSummary } from "./step-summary.ts";

type Sink = { write(text: string): unknown; isTTY?: boolean };

/** Whether the report is coloured: on a terminal unless NO_COLOR, or when FORCE_COLOR; never in a file. */
export function reportColors(options: CliOptions, io: Io, sink: Sink): boolean {
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== "" && io.env.FORCE_COLOR !== "0";
  // A file never gets colours: it is read by programs and CI artifacts, not a terminal.
  return options.outputFile === undefined && (forced || (Boolean(sink.isTTY) && !io.env.NO_COLOR));
}

/**
 * Formats the results and puts the report where it goes: `--output-file`, else `sink` (stdout, or
 * stderr when the fixed text of stdin owns stdout). A formatter's notes (SARIF results cut) go to
 * stderr. With `--format github` and `$GITHUB_STEP_SUMMARY` set, the job summary is appended there.
 */
export function emitReport(results: readonly FileResult[], options: CliOptions, io: Io, locale: Locale, sink: Sink): void {
  const formatter = FORMATTERS[options.format];
  if (!formatter) throw new CliError(`unknown format "${options.format}"`);
  const shown = options.quiet ? results.map(errorsOnly) : results;
  const color = reportColors(options, io, sink);
  const notify = (note: string): void => void io.stderr.write(`reportlint: ${note}\n`);
  const text = formatter(shown, { cwd: io.cwd, color, locale, notify });

  if (options.outputFile !== undefined) writeOutputFile(resolve(io.cwd, options.outputFile), text, options.outputFile);
  else if (text && (sink === io.stdout || shown.some((r) => r.messages.length > 0))) sink.write(text);

  const summaryPath = io.env.GITHUB_STEP_SUMMARY;
  if (options.format === "github" && summaryPath) {
    const failure = appendStepSummary(resolve(io.cwd, summaryPath), githubSummary(shown, { cwd: io.cwd, locale }));
    if (failure !== undefined) notify(`cannot write the job summary to ${displayPath(io.cwd, resolve(io.cwd, summaryPath))}: ${failure}`);
  }
}
