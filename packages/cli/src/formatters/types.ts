import type { Locale } from "@reportlint/core";
import type { FileResult } from "../results.ts";

export interface FormatContext {
  cwd: string;
  /** Colours only when stdout is a terminal. */
  color: boolean;
  /** Language of the summary. */
  locale: Locale;
}

/** A formatter turns the results of a run into the text printed on stdout ("" prints nothing). */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
