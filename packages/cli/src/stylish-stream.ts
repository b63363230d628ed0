import type { LintMessage, Locale } from "@reportlint/core";
import pc from "picocolors";
import { stylishBlock, stylishSummary } from "./formatters/stylish.ts";
import { addTo, errorsOnly, toResult, type FileResult, type Totals } from "./results.ts";

/**
 * The stylish report of a bulk run, printed while the run goes: each file's findings as soon as the
 * files before it are done, so that no file's findings stay in memory (a run over 10,000 reports
 * would otherwise hold all of them until the end). The text is the stylish formatter's, file for file.
 * Findings of the cross-year checks, which need every file, come last, each under its file's name.
 */
export class StylishStream {
  private colors: ReturnType<typeof pc.createColors> | undefined;
  /** What the summary line counts: what was printed (errors only with --quiet). */
  private readonly shown: Totals = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  /** What the exit code counts: every finding, as in ESLint (warnings count even when --quiet hides them). */
  readonly all: Totals = { errors: 0, warnings: 0, fixableErrors: 0, fixableWarnings: 0 };
  /** Whether some file ended in an internal error (exit code 2). */
  internalError = false;

  constructor(
    private readonly sink: { write(text: string): unknown },
    /** `color` is asked when there is something to print: asking whether stdout is a terminal makes the stream. */
    private readonly context: { cwd: string; color: () => boolean; locale: Locale; quiet: boolean },
  ) {}

  private paint(): ReturnType<typeof pc.createColors> {
    return (this.colors ??= pc.createColors(this.context.color()));
  }

  /** Prints one file's findings (the files in input order). */
  add(result: FileResult): void {
    addTo(this.all, result);
    if (result.messages.some((m) => m.fatal && m.messageId === "internal-error")) this.internalError = true;
    const shown = this.context.quiet ? errorsOnly(result) : result;
    addTo(this.shown, shown);
    if (shown.messages.length === 0) return;
    const block = stylishBlock(shown, this.context.cwd, this.context.locale, this.paint());
    if (block) this.sink.write(block);
  }

  /** Prints the cross-year findings, by file, and the summary. */
  end(crossYear: ReadonlyMap<string, LintMessage[]>): void {
    for (const [filePath, messages] of crossYear) this.add(toResult(filePath, messages));
    if (this.shown.errors + this.shown.warnings === 0) return;
    const summary = stylishSummary(this.shown, this.context.locale, this.paint());
    if (summary) this.sink.write(summary);
  }
}
