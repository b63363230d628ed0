import type { Locale } from "@reportlint/core";
import type { FileResult } from "../results.ts";

export interface FormatContext {
  cwd: string;
  /** Colours only when the report goes to a terminal. */
  color: boolean;
  /** Language of the messages' surroundings (summaries, notes). */
  locale: Locale;
  /**
   * Receives a note about the report for the person running the command (the SARIF results were
   * cut, say); the command line prints it on stderr, so that the report itself stays parseable.
   * Formatters stay pure: results in, text out, nothing written anywhere.
   */
  notify?: (note: string) => void;
}

/** A formatter turns the results of a run into the text of the report ("" prints nothing). */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
