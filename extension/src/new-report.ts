// The new-report command's decisions, kept free of `vscode` so that they can be tested without an
// editor: what the inputs may be, which template a year takes, what the file is called. The report's
// text comes from the core.
import { createProfileRegistry, reportSkeleton, type Profile, type ProfileRegistry } from "@reportlint/core";

export type IssuerProblem = "empty" | "not-a-file-name";
export type YearProblem = "not-a-year" | "future" | "no-template";

/** Characters that no file name may hold on Windows, macOS or Linux, and line breaks. */
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}]/u;

export function issuerProblem(input: string): IssuerProblem | undefined {
  const issuer = input.trim();
  if (!issuer) return "empty";
  return NOT_IN_FILE_NAMES.test(issuer) ? "not-a-file-name" : undefined;
}

/** Reports are written early in the year after the one they cover. */
export function defaultYear(today: Date): number {
  return today.getFullYear() - 1;
}

export function yearProblem(input: string, today: Date): YearProblem | undefined {
  if (!/^\d{4}$/u.test(input.trim())) return "not-a-year";
  const year = Number(input);
  if (year > today.getFullYear()) return "future";
  return profileForYear(year) ? undefined : "no-template";
}

let builtins: ProfileRegistry | undefined;

/** The built-in template for a statistics year: the 2021 format from 2021, the 2019 trial format for 2019–2020. */
export function profileForYear(year: number): Profile | undefined {
  // Built once, on first use: the year prompt validates on every keystroke.
  builtins ??= createProfileRegistry();
  return builtins.all().find(({ years }) => (years.from ?? -Infinity) <= year && year <= (years.to ?? Infinity));
}

export interface NewReport {
  fileName: string;
  text: string;
}

/** The report to create from inputs the prompts accepted; undefined for a year no template covers. */
export function newReport(issuerInput: string, yearInput: string): NewReport | undefined {
  const issuer = issuerInput.trim();
  const year = Number(yearInput.trim());
  const profile = profileForYear(year);
  return profile && { fileName: `${year}年${issuer}政府信息公开工作年度报告.md`, text: reportSkeleton(profile, { issuer, year }) };
}
