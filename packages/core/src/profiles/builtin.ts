import annual2019 from "./builtin/gov-annual-2019.json" with { type: "json" };
import annual2021 from "./builtin/gov-annual-2021.json" with { type: "json" };
import { ProfileRegistry } from "./load.ts";
import type { ProfileDefinition } from "./types.ts";

/** The built-in profiles; `load.test.ts` validates them against the profile schema. */
export const BUILTIN_PROFILE_DEFINITIONS: readonly ProfileDefinition[] = [annual2021 as ProfileDefinition, annual2019 as ProfileDefinition];
export const DEFAULT_PROFILE_ID = "gov-annual-2021";

/** A registry holding the built-in profiles; callers add their own profiles to a fresh one. */
export function createProfileRegistry(extra: readonly unknown[] = []): ProfileRegistry {
  return new ProfileRegistry(extra, BUILTIN_PROFILE_DEFINITIONS);
}
