import type { Locale, LintOptions, RulesConfig } from "@reportlint/core";
import { mergeRules, type Config } from "./load.ts";
import type { ProfileChoice } from "./profiles.ts";

/** What a front end says on top of the configuration files: the command line's options, the editor's settings. */
export interface Overrides {
  rules?: RulesConfig;
  profile?: ProfileChoice;
  locale?: Locale;
}

/** The core's options for one file: its configuration, then the overrides over it. */
export function lintOptionsFor(config: Config | null, overrides: Overrides): LintOptions & { locale: Locale } {
  const rules = mergeRules(config?.rules ?? {}, overrides.rules ?? {});
  const profile = overrides.profile ?? config?.profile;
  const options: LintOptions & { locale: Locale } = { rules, locale: overrides.locale ?? config?.locale ?? "zh" };
  if (profile) {
    options.profile = profile.id;
    if (profile.registry) options.registry = profile.registry;
  }
  return options;
}
