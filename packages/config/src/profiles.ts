import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createProfileRegistry, ProfileError, type ProfileRegistry } from "@reportlint/core";
import { fsReason, placeError } from "./errors.ts";
import { parseJson } from "./json.ts";

/** The profile a file is checked against, and the registry that holds it when it is the user's own. */
export interface ProfileChoice {
  id: string;
  registry?: ProfileRegistry;
}

let builtins: ProfileRegistry | undefined;

/** Is this `profile` value a path (to a profile JSON file) rather than a built-in id? */
export function isProfilePath(value: string): boolean {
  return /[\\/]/u.test(value) || value.startsWith(".") || value.toLowerCase().endsWith(".json");
}

/** Loads profile files once per path; built-in ids are checked against the built-in registry. */
export class ProfileLoader {
  private readonly files = new Map<string, ProfileChoice>();

  constructor(private readonly display: (path: string) => string) {}

  /**
   * Resolves a `profile` setting. `baseDir` is the directory a relative path is taken from (the
   * config file's, or the working directory for --profile); `where`/`pointer` name the setting in
   * error messages.
   */
  choose(value: string, baseDir: string, where: string, pointer: string | null): ProfileChoice {
    if (!isProfilePath(value)) {
      builtins ??= createProfileRegistry();
      if (!builtins.has(value)) {
        throw placeError(where, pointer, `unknown profile "${value}"; built-in profiles: ${builtins.ids().join(", ")} (a profile file is given by its path, e.g. ./my-profile.json)`);
      }
      return { id: value };
    }
    const path = resolve(baseDir, value);
    let choice = this.files.get(path);
    if (!choice) {
      choice = this.load(path, value, where, pointer);
      this.files.set(path, choice);
    }
    return choice;
  }

  private load(path: string, value: string, where: string, pointer: string | null): ProfileChoice {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      throw placeError(where, pointer, `cannot read profile "${value}": ${fsReason(error)}`);
    }
    const shown = this.display(path);
    const definition = parseJson(text, shown);
    const registry = createProfileRegistry();
    try {
      const { id } = registry.add(definition);
      registry.get(id); // compiles it: unknown sections, rows and bad relations are found now, not mid-run
      return { id, registry };
    } catch (error) {
      if (error instanceof ProfileError) throw placeError(shown, error.pointer, error.reason);
      throw error;
    }
  }
}
