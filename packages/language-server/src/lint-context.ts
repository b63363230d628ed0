import { dirname } from "node:path";
import { ConfigError, ConfigLoader, lintOptionsFor, type Config, type Overrides } from "@reportlint/config";
import type { Locale, LintOptions } from "@reportlint/core";
import type { ClientSettings } from "./settings.ts";

/** How one document is linted: what the CLI would use for the file, with the editor's settings over it. */
export interface LintContext {
  options: LintOptions & { locale: Locale };
  /** The configuration's `files` names the document: it is a report even when the binder does not recognise one. */
  include: boolean;
  /** Broken configuration or profile settings, one line each naming the file and the place; the document is then linted without them. */
  problems: readonly string[];
}

export const DEFAULT_CONTEXT: LintContext = { options: { locale: "zh" }, include: false, problems: [] };

/** Where the document is and what the editor knows about it. */
export interface DocumentPlace {
  /** The local path of a file: document; undefined for an unsaved buffer. */
  path: string | undefined;
  /** The workspace folder holding it, which a relative `reportlint.profile` setting is taken from. */
  folder: string | undefined;
}

/**
 * Finds each document's configuration with the CLI's own loader (@reportlint/config: the nearest
 * reportlint.config.json, .reportlintrc.json or package.json#reportlint), so that the editor sees
 * exactly what the command line sees. The loader caches every file it read until `reset`.
 */
export class ConfigResolver {
  private loader: ConfigLoader;

  constructor(private readonly display: (path: string) => string) {
    this.loader = new ConfigLoader(display);
  }

  /** A configuration or profile file changed: read them all again. */
  reset(): void {
    this.loader = new ConfigLoader(this.display);
  }

  contextFor(place: DocumentPlace, settings: ClientSettings): LintContext {
    const problems: string[] = [];
    const { path } = place;
    let config: Config | null = null;
    if (path !== undefined) {
      try {
        config = this.loader.forDirectory(dirname(path));
      } catch (error) {
        problems.push(problemOf(error));
      }
    }
    const overrides: Overrides = {};
    if (settings.locale) overrides.locale = settings.locale;
    if (settings.profile !== undefined) {
      const base = place.folder ?? (path === undefined ? process.cwd() : dirname(path));
      try {
        overrides.profile = this.loader.profiles.choose(settings.profile, base, "reportlint.profile", null);
      } catch (error) {
        problems.push(problemOf(error));
      }
    }
    return { options: lintOptionsFor(config, overrides), include: path !== undefined && config?.files?.includes(path) === true, problems };
  }
}

/** A configuration error is shown to the user; anything else is a bug, and is thrown on to be logged. */
function problemOf(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  throw error;
}
