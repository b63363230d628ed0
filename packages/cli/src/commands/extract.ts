import { statSync } from "node:fs";
import { resolve } from "node:path";
import { Option, type Command } from "commander";
import { bindReport, DEFAULT_PROFILE_ID, extractCells, extractTables, type ExtractedReport } from "@reportlint/core";
import { CliError } from "../errors.ts";
import { collectFiles } from "../files.ts";
import { displayPath } from "../paths.ts";
import { problemText, readDocument, settingsResolver } from "./document.ts";
import { writeOutput, type CommandIo } from "./output.ts";

export interface ExtractOptions {
  patterns: string[];
  format: "json" | "csv";
  profile?: string;
  config?: string;
  output?: string;
}

/** One file's tables in the JSON export: `{file, profile, tables}`. */
export interface ExtractedFile extends ExtractedReport {
  file: string;
}

export const CSV_HEADER = ["file", "table", "row", "column", "value"] as const;

/** Declares `reportlint extract` on the program; `onParsed` receives its options. */
export function defineExtract(program: Command, onParsed: (options: ExtractOptions) => void): void {
  program
    .command("extract")
    .summary("print the table data as bound to the profile, as JSON or CSV (reportlint extract --help)")
    .usage("[options] <files|dirs|globs...>")
    .description("Print the table data of reports as bound to their profile: every template row, cells in template column order, blank as null.")
    .argument("<files...>", "report files (.md, .html, .htm, .txt, .docx), directories or globs, as for linting")
    .addOption(new Option("-f, --format <format>", "json: one object per file (an array for several); csv: one line per cell").choices(["json", "csv"]).default("json"))
    .option("--profile <id|file>", "report profile: a built-in id (gov-annual-2021, gov-annual-2019) or a profile JSON file")
    .option("-c, --config <file>", "use this configuration file (for its profile); no discovery")
    .option("-o, --output <file>", "write to this file instead of standard output")
    .allowExcessArguments(false)
    .action((patterns: string[], opts: Omit<ExtractOptions, "patterns">) => onParsed({ ...opts, patterns }));
}

/**
 * Extracts every file's tables. All files are read before anything is written, so a file that cannot
 * be read (exit 2, one line) leaves no partial output. Problems met reading a file go to stderr, one
 * line each; when one means the file could not be read properly, the exit code is 1.
 */
export async function runExtract(options: ExtractOptions, io: CommandIo): Promise<number> {
  const display = (path: string): string => displayPath(io.cwd, path);
  const settingsFor = settingsResolver(io.cwd, options);
  const targets = await collectFiles(options.patterns, io.cwd);
  const files: ExtractedFile[] = [];
  const lines: string[][] = [[...CSV_HEADER]];
  let incomplete = false;
  for (const target of targets) {
    if (target.unreadableDirectory !== undefined) throw new CliError(`cannot read the directory ${display(target.path)}: ${target.unreadableDirectory}`);
    const { options: lintOptions, registry } = settingsFor(target.path);
    const read = await readDocument(target.path, registry.all());
    if (!read.ok) throw new CliError(`cannot read ${display(target.path)}: ${read.reason}`);
    for (const problem of read.doc.problems) {
      io.stderr.write(`reportlint: ${display(target.path)}: ${problemText(problem, lintOptions.locale)}\n`);
      if (problem.fatal) incomplete = true;
    }
    const report = bindReport(read.doc, registry, { ...(lintOptions.profile ? { profile: lintOptions.profile } : {}), defaultProfile: DEFAULT_PROFILE_ID });
    const file = display(target.path);
    files.push({ file, ...extractTables(report) });
    for (const cell of extractCells(report)) lines.push([file, cell.table, cell.row, cell.column, cell.value === null ? "" : String(cell.value)]);
  }
  const text = options.format === "csv" ? lines.map((fields) => `${fields.map(csvField).join(",")}\r\n`).join("") : `${JSON.stringify(singleFile(options.patterns, io.cwd) && files.length === 1 ? files[0] : files, null, 2)}\n`;
  writeOutput(text, options.output, io);
  return incomplete ? 1 : 0;
}

/** One argument that names a file (not a directory or a glob): the JSON is that file's object rather than an array. */
function singleFile(patterns: readonly string[], cwd: string): boolean {
  if (patterns.length !== 1) return false;
  try {
    return statSync(resolve(cwd, patterns[0]!)).isFile();
  } catch {
    return false;
  }
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}
