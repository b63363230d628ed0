import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fsReason } from "@reportlint/config";
import { CliError } from "../errors.ts";

/** What the subcommands touch of their process. */
export interface CommandIo {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Writes a subcommand's result to `-o <file>` (UTF-8) or, without it, to standard output. */
export function writeOutput(text: string, output: string | undefined, io: CommandIo): void {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(resolve(io.cwd, output), text);
  } catch (error) {
    throw new CliError(`cannot write ${output}: ${fsReason(error)}`);
  }
}
