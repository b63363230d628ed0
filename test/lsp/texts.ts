import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./client.ts";

/** A real, correct report: no diagnostics. */
export const CORRECT = readFileSync(join(ROOT, "fixtures", "samples", "huaian-2024.md"), "utf8");
/**
 * （七）总计·自然人 written 2930 instead of 2932: three arithmetic errors, two at 77:11 (0-based
 * 76:10) and, since the row's total no longer adds up, one at 77:40 (0-based 76:39).
 */
export const WRONG = CORRECT.replace("| （七）总计 | 2932 |", "| （七）总计 | 2930 |");
if (WRONG === CORRECT) throw new Error("the sample report changed: update WRONG in test/lsp/texts.ts");
/** The correct report with a 0 left blank: one safely fixable blank-cell warning. */
export const BLANK_CELL = CORRECT.replace("| 规章 | 1 | 0 | 11 |", "| 规章 | 1 |  | 11 |");
/** Markdown that is no report: no diagnostics unless a configuration's `files` names it. */
export const README = "# reportlint\n\nA linter.\n\n## Install\n\n| command | what |\n|---|---|\n| pnpm i | installs 2 packages |\n";
