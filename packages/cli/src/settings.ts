import { dirname, resolve } from "node:path";
import type { Locale, LintOptions } from "@reportlint/core";
import { ConfigLoader, lintOptionsFor, validateConfig, type Config, type Overrides } from "@reportlint/config";
import { parseRuleOptions } from "./config/rule-option.ts";
import { displayPath } from "./paths.ts";

/**
 * What decides the options of every file, as the user gave it: plain data, so that a worker thread
 * gets it as a message and resolves each file's configuration itself, exactly as the main thread
 * does (a ProfileRegistry is a class and cannot cross to a worker; the settings can).
 */
export interface RunSettings {
  cwd: string;
  config?: string;
  rule: string[];
  profile?: string;
  locale?: Locale;
  /** --max-file-size, in bytes: a larger text file is not read (see `readReport`). */
  maxFileSize?: number;
}

export type FileOptions = LintOptions & { locale: Locale; maxFileSize?: number };

export interface Resolver {
  /** The configuration that governs files in `dir` (the --config file, or the nearest one found). */
  configFor(dir: string): Config | null;
  /** The core's options for a file at `path`: its configuration with the command line's over it. */
  optionsFor(path: string): FileOptions;
  /** The options of standard input, named by --stdin-filename or not. */
  optionsForDirectory(dir: string): FileOptions;
}

/**
 * Reads and checks everything the settings name (the --rule values, the --profile, the --config
 * file). Throws a ConfigError or CliError for a usage or configuration mistake; the main thread
 * calls it before any file is read, so that a broken configuration never leaves half a run behind.
 */
export function resolveSettings(settings: RunSettings): Resolver {
  const { cwd } = settings;
  const loader = new ConfigLoader((path: string): string => displayPath(cwd, path));
  const overrides: Overrides = {};
  if (settings.rule.length > 0) {
    const rules = parseRuleOptions(settings.rule);
    validateConfig({ rules }, "--rule");
    overrides.rules = rules;
  }
  if (settings.profile !== undefined) overrides.profile = loader.profiles.choose(settings.profile, cwd, "--profile", null);
  if (settings.locale) overrides.locale = settings.locale;
  const fixedConfig = settings.config !== undefined ? loader.loadFile(resolve(cwd, settings.config)) : undefined;
  const configFor = (dir: string): Config | null => fixedConfig ?? loader.forDirectory(dir);
  const limit = settings.maxFileSize !== undefined ? { maxFileSize: settings.maxFileSize } : {};
  const optionsForDirectory = (dir: string): FileOptions => ({ ...lintOptionsFor(configFor(dir), overrides), ...limit });
  return { configFor, optionsForDirectory, optionsFor: (path) => optionsForDirectory(dirname(path)) };
}
