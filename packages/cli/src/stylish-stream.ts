import type { LintMessage, Locale } from "@reportlint/core";
import pc from "picocolors";
import type { FactPacker, PackedFacts } from "./fact-store.ts";
import { stylishBlock, stylishSummary, type Colors } from "./formatters/stylish.ts";
import { addTo, countsOf, errorsOnly, failedInternally, noTotals, toResult, type FileResult, type Totals } from "./results.ts";

/** How a streamed report prints a file; plain data, for worker threads too. */
export interface PrintContext {
  cwd: string;
  locale: Locale;
  quiet: boolean;
}

/**
 * What a streamed report needs of one file, made in the thread that linted it: the text it prints,
 * what it counts, and, for the cross-year checks, its facts packed. A worker thread sends this
 * instead of the file's findings, so that the main thread copies a few strings per file, not objects.
 */
export interface StreamedFile {
  block: string;
  /** What the exit code counts: every finding, as in ESLint (warnings count even when --quiet hides them). */
  all: Totals;
  /** What the summary line counts: what was printed (errors only with --quiet). */
  shown: Totals;
  internalError: boolean;
  facts?: PackedFacts;
}

/**
 * A file's part of the streamed report; `paint` is asked only when there is something to print. With
 * a packer, the file's facts are packed for the cross-year checks.
 */
export function streamedFile(result: FileResult, context: PrintContext, paint: () => Colors, packer?: FactPacker): StreamedFile {
  const shownResult = context.quiet ? errorsOnly(result) : result;
  const part: StreamedFile = {
    block: shownResult.messages.length === 0 ? "" : stylishBlock(shownResult, context.cwd, context.locale, paint()),
    all: countsOf(result),
    shown: countsOf(shownResult),
    internalError: failedInternally(result),
  };
  if (packer && result.facts) part.facts = packer.pack(result.facts);
  return part;
}

/**
 * The stylish report of a bulk run, printed while the run goes: each file's findings as soon as the
 * files before it are done, so that no file's findings stay in memory (a run over 10,000 reports
 * would otherwise hold all of them until the end). The text is the stylish formatter's, file for file.
 * Findings of the cross-year checks, which need every file, come last, each under its file's name.
 */
export class StylishStream {
  private colors: Colors | undefined;
  private readonly shown = noTotals();
  readonly all = noTotals();
  /** Whether some file ended in an internal error (exit code 2). */
  internalError = false;

  constructor(
    private readonly sink: { write(text: string): unknown },
    /** `color` is asked when there is something to print: asking whether stdout is a terminal makes the stream. */
    private readonly context: PrintContext & { color: () => boolean },
  ) {}

  /** The colours of the report, decided once. */
  private readonly paint = (): Colors => (this.colors ??= pc.createColors(this.context.color()));

  /** Prints one file's part (the files in input order). */
  add(file: StreamedFile): void {
    addTo(this.all, file.all);
    addTo(this.shown, file.shown);
    if (file.internalError) this.internalError = true;
    if (file.block) this.sink.write(file.block);
  }

  /** Prints the cross-year findings, by file, and the summary. */
  end(crossYear: ReadonlyMap<string, LintMessage[]>): void {
    for (const [filePath, messages] of crossYear) this.add(streamedFile(toResult(filePath, messages), this.context, this.paint));
    if (this.shown.errors + this.shown.warnings === 0) return;
    const summary = stylishSummary(this.shown, this.context.locale, this.paint());
    if (summary) this.sink.write(summary);
  }
}
