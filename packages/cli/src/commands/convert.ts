import { resolve } from "node:path";
import { Option, type Command } from "commander";
import { toMarkdown } from "@reportlint/core";
import { CliError } from "../errors.ts";
import { displayPath } from "../paths.ts";
import { problemText, readDocument, settingsResolver } from "./document.ts";
import { writeOutput, type CommandIo } from "./output.ts";

export interface ConvertOptions {
  file: string;
  to: "md";
  profile?: string;
  config?: string;
  output?: string;
}

/** Declares `reportlint convert` on the program; `onParsed` receives its options. */
export function defineConvert(program: Command, onParsed: (options: ConvertOptions) => void): void {
  program
    .command("convert")
    .summary("print a report in any format as canonical Markdown (reportlint convert --help)")
    .usage("[options] <file>")
    .description("Print a report read from any format (.md, .html, .htm, .txt, .docx) as canonical Markdown, which lints the same as the original.")
    .argument("<file>", "the report to convert")
    .addOption(new Option("--to <format>", "output format").choices(["md"]).default("md"))
    .option("--profile <id|file>", "report profile, for aligning plain text with a template's tables")
    .option("-c, --config <file>", "use this configuration file (for its profile); no discovery")
    .option("-o, --output <file>", "write to this file instead of standard output")
    .allowExcessArguments(false)
    .action((file: string, opts: Omit<ConvertOptions, "file">) => onParsed({ ...opts, file }));
}

/**
 * Converts one file. A file that cannot be read: exit 2, one line. Problems met reading it go to
 * stderr, one line each, and when one means the file could not be read properly the Markdown is
 * still written but the exit code is 1.
 */
export async function runConvert(options: ConvertOptions, io: CommandIo): Promise<number> {
  const path = resolve(io.cwd, options.file);
  const display = displayPath(io.cwd, path);
  const { options: lintOptions, registry } = settingsResolver(io.cwd, options)(path);
  const read = await readDocument(path, registry.all());
  if (!read.ok) throw new CliError(`cannot read ${display}: ${read.reason}`);
  let incomplete = false;
  for (const problem of read.doc.problems) {
    io.stderr.write(`reportlint: ${display}: ${problemText(problem, lintOptions.locale)}\n`);
    if (problem.fatal) incomplete = true;
  }
  writeOutput(toMarkdown(read.doc), options.output, io);
  return incomplete ? 1 : 0;
}
