import { basename, dirname, resolve } from "node:path";
import {
  createProfileRegistry,
  decodeText,
  parseText,
  readDocx,
  type AdapterProblem,
  type InputFormat,
  type Locale,
  type LintOptions,
  type Profile,
  type ProfileRegistry,
  type ReportDocument,
} from "@reportlint/core";
import { ConfigLoader, lintOptionsFor, type Config, type Overrides } from "@reportlint/config";
import { formatOf } from "../files.ts";
import { displayPath } from "../paths.ts";
import { DEFAULT_MAX_FILE_SIZE, MB, readBytes } from "../read.ts";

export type DocumentRead = { ok: true; doc: ReportDocument; format: InputFormat } | { ok: false; reason: string };

/**
 * Reads a report file of any kind into the document model, in the format its name says
 * (`formatOf`: the core's `formatOfPath`, Markdown for any other name). Text formats are decoded
 * like every file the CLI reads (UTF-8, UTF-16 with a BOM, else GB18030) and parsed with
 * `parseText`; a .docx is read from its bytes by the core's `readDocx`. `profiles` are what a text
 * without table markup is aligned with. Never throws for a file that cannot be read: says why.
 */
export async function readDocument(path: string, profiles: readonly Profile[]): Promise<DocumentRead> {
  const format = formatOf(path);
  if (format === "docx") {
    const bytes = readBytes(path);
    return bytes.ok ? { ok: true, format, doc: await readDocx(bytes.bytes, { fileName: basename(path) }) } : bytes;
  }
  const read = readBytes(path, DEFAULT_MAX_FILE_SIZE);
  if (!read.ok) return "size" in read ? { ok: false, reason: `${(read.size / MB).toFixed(1)} MB, larger than the ${read.limit / MB} MB a report is read up to` } : read;
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    if (decoded.reason === "binary") return { ok: false, reason: "not a text file (binary content)" };
    const { line, column, offset } = decoded.at;
    const where = `line ${line}, column ${column}, byte offset ${offset}`;
    return { ok: false, reason: decoded.encoding ? `not valid ${decoded.encoding.toUpperCase()} at ${where}` : `cannot be decoded as UTF-8, UTF-16 or GB18030 (not UTF-8 from ${where})` };
  }
  try {
    return { ok: true, format, doc: parseText(decoded.text, format, profiles) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** What the subcommands take from configuration: the profile (and its registry) and the locale. */
export interface DocumentSettings {
  options: LintOptions & { locale: Locale };
  registry: ProfileRegistry;
}

let builtins: ProfileRegistry | undefined;

/**
 * The settings for each file, found as linting finds them: `-c` or the nearest configuration file,
 * with `--profile` over it. Settles `--profile` and `-c` before any file is read.
 */
export function settingsResolver(cwd: string, flags: { profile?: string; config?: string }): (path: string) => DocumentSettings {
  const loader = new ConfigLoader((path) => displayPath(cwd, path));
  const overrides: Overrides = {};
  if (flags.profile !== undefined) overrides.profile = loader.profiles.choose(flags.profile, cwd, "--profile", null);
  const fixed = flags.config !== undefined ? loader.loadFile(resolve(cwd, flags.config)) : undefined;
  const configFor = (dir: string): Config | null => fixed ?? loader.forDirectory(dir);
  return (path) => {
    const options = lintOptionsFor(configFor(dirname(path)), overrides);
    return { options, registry: options.registry ?? (builtins ??= createProfileRegistry()) };
  };
}

/** An adapter problem as one line of text in the chosen language. */
export function problemText(problem: AdapterProblem, locale: Locale): string {
  return problem.message[locale].replace(/\{\{(\w+)\}\}/gu, (_, name: string) => problem.data[name] ?? "");
}
