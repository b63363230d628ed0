import { readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { builtinRules, type Locale, type RuleSetting, type RulesConfig } from "@reportlint/core";
import { fsReason, placeError } from "./errors.ts";
import { fileSet, type FileSet } from "./file-set.ts";
import { parseJson } from "./json.ts";
import { ProfileLoader, type ProfileChoice } from "./profiles.ts";
import { RECOMMENDED } from "./schema.ts";
import { validateConfig } from "./validate.ts";

/** A configuration after `extends` and profile paths are resolved. */
export interface Config {
  /** The file it came from (absolute), or a label such as "--rule". */
  source: string;
  rules: RulesConfig;
  profile?: ProfileChoice;
  locale?: Locale;
  /** `files`: documents that are reports even when reportlint does not recognise one in them. */
  files?: FileSet;
}

interface RawConfig {
  extends?: string | string[];
  profile?: string;
  locale?: Locale;
  rules?: RulesConfig;
  files?: string[];
}

/** File names looked for in each directory, in this order; package.json counts only with a "reportlint" key. */
export const CONFIG_FILES = ["reportlint.config.json", ".reportlintrc.json"] as const;

/**
 * Finds and loads configuration files. Discovery walks up from a linted file's directory and the
 * nearest configuration wins (no cascading); results are cached per directory and per file, so a
 * run over ten thousand reports reads each configuration once.
 */
export class ConfigLoader {
  private readonly byDirectory = new Map<string, Config | null>();
  private readonly byFile = new Map<string, Config>();
  readonly profiles: ProfileLoader;

  constructor(private readonly display: (path: string) => string) {
    this.profiles = new ProfileLoader(display);
  }

  /** The configuration for files in `dir`: the nearest one found walking upward, or null. */
  forDirectory(dir: string): Config | null {
    const visited: string[] = [];
    let found: Config | null = null;
    for (let current = dir; ; ) {
      const cached = this.byDirectory.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(current);
      const here = this.findIn(current);
      if (here) {
        found = here;
        break;
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const d of visited) this.byDirectory.set(d, found);
    return found;
  }

  /** Loads a configuration file given by path (--config, or an `extends` entry). */
  loadFile(path: string, chain: string[] = []): Config {
    const cached = this.byFile.get(path);
    if (cached) return cached;
    const shown = this.display(path);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      throw placeError(shown, null, `cannot read the configuration: ${fsReason(error)}`);
    }
    let data = parseJson(text, shown);
    let prefix = "";
    if (basename(path) === "package.json") {
      if (!isObject(data) || !Object.hasOwn(data, "reportlint")) throw placeError(shown, null, 'no "reportlint" key in package.json');
      data = data.reportlint;
      prefix = "/reportlint";
    }
    const config = this.resolveData(data, path, prefix, chain);
    this.byFile.set(path, config);
    return config;
  }

  private findIn(dir: string): Config | null {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name);
      if (isFile(path)) return this.loadFile(path);
    }
    const pkg = join(dir, "package.json");
    if (!isFile(pkg)) return null;
    let data: unknown;
    try {
      data = parseJson(readFileSync(pkg, "utf8"), this.display(pkg));
    } catch {
      return null; // a broken package.json is not our configuration: keep looking upward
    }
    return isObject(data) && Object.hasOwn(data, "reportlint") ? this.loadFile(pkg) : null;
  }

  /** Validates a configuration object and resolves its `extends` and `profile`. */
  resolveData(data: unknown, path: string, prefix: string, chain: string[] = []): Config {
    const shown = this.display(path);
    validateConfig(data, shown, prefix);
    const raw = data as RawConfig;
    const dir = dirname(path);
    let config: Config = { source: path, rules: {} };
    const bases = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
    bases.forEach((base, i) => {
      const pointer = `${prefix}/extends${Array.isArray(raw.extends) ? `/${i}` : ""}`;
      config = mergeConfig(config, this.resolveBase(base, dir, path, shown, pointer, chain));
    });
    const own: Config = { source: path, rules: raw.rules ?? {} };
    if (raw.profile !== undefined) own.profile = this.profiles.choose(raw.profile, dir, shown, `${prefix}/profile`);
    if (raw.locale !== undefined) own.locale = raw.locale;
    if (raw.files !== undefined) own.files = fileSet(raw.files, dir);
    return { ...mergeConfig(config, own), source: path };
  }

  private resolveBase(base: string, dir: string, path: string, shown: string, pointer: string, chain: string[]): Config {
    if (base.startsWith("reportlint:")) {
      if (base !== RECOMMENDED) throw placeError(shown, pointer, `unknown preset "${base}"; the built-in preset is "${RECOMMENDED}"`);
      return recommended();
    }
    const target = resolve(dir, base);
    const nextChain = [...chain, path];
    if (nextChain.includes(target)) {
      throw placeError(shown, pointer, `"extends" forms a cycle: ${[...nextChain, target].map(this.display).join(" → ")}`);
    }
    if (!isFile(target)) {
      let reason = "no such file";
      try {
        statSync(target);
        reason = "not a file";
      } catch (error) {
        reason = fsReason(error);
      }
      throw placeError(shown, pointer, `cannot read "${base}": ${reason}`);
    }
    return this.loadFile(target, nextChain);
  }
}

/** `reportlint:recommended`: every built-in rule at its default severity and options. */
export function recommended(): Config {
  const rules: RulesConfig = {};
  for (const [id, rule] of builtinRules) rules[id] = rule.meta.severity;
  return { source: RECOMMENDED, rules };
}

/** `over` wins; a rule given only a severity keeps the options `base` gave it, as in ESLint. */
export function mergeConfig(base: Config, over: Config): Config {
  const merged: Config = { source: over.source, rules: mergeRules(base.rules, over.rules) };
  const profile = over.profile ?? base.profile;
  const locale = over.locale ?? base.locale;
  const files = over.files ?? base.files;
  if (profile) merged.profile = profile;
  if (locale) merged.locale = locale;
  if (files) merged.files = files;
  return merged;
}

export function mergeRules(base: RulesConfig, over: RulesConfig): RulesConfig {
  const rules: RulesConfig = { ...base };
  for (const [id, setting] of Object.entries(over)) {
    const previous = base[id];
    const severityOnly = !Array.isArray(setting) || setting.length < 2;
    if (severityOnly && Array.isArray(previous) && previous.length === 2) {
      const severity = Array.isArray(setting) ? setting[0] : setting;
      rules[id] = [severity, previous[1]] as RuleSetting;
    } else {
      rules[id] = setting;
    }
  }
  return rules;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
