import annual2019 from "./builtin/gov-annual-2019.json" with { type: "json" };
import annual2021 from "./builtin/gov-annual-2021.json" with { type: "json" };
import { ProfileRegistry } from "./load.ts";

export const BUILTIN_PROFILE_DEFINITIONS: readonly unknown[] = [annual2021, annual2019];
export const DEFAULT_PROFILE_ID = "gov-annual-2021";

/** A registry holding the built-in profiles; callers add their own profiles to a fresh one. */
export function createProfileRegistry(extra: readonly unknown[] = []): ProfileRegistry {
  return new ProfileRegistry([...BUILTIN_PROFILE_DEFINITIONS, ...extra]);
}
