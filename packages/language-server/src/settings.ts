import type { Locale } from "@reportlint/core";

/** The editor's `reportlint.*` settings, which may differ per resource (per workspace folder, per file). */
export interface ClientSettings {
  /** false: no diagnostics and no answers for the resource. */
  enable: boolean;
  /** When an open document is linted: on every edit (debounced), or only when it is opened and saved. */
  run: "onType" | "onSave";
  /** Overrides the configuration file's locale; unset, the configuration's, else zh. */
  locale?: Locale;
  /** A built-in profile id or a profile file's path; overrides the configuration's profile. */
  profile?: string;
}

export const DEFAULT_SETTINGS: ClientSettings = { enable: true, run: "onType" };

export const DEFAULT_DEBOUNCE_MS = 150;

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

/** Trailing delay before an edited document is linted again: `initializationOptions.debounceMs`. */
export function readDebounceMs(initializationOptions: unknown): number {
  const debounce = record(initializationOptions).debounceMs;
  return typeof debounce === "number" && Number.isFinite(debounce) && debounce >= 0 ? debounce : DEFAULT_DEBOUNCE_MS;
}

/**
 * The `reportlint` settings section as the client sent it (from workspace/configuration, or the
 * initializationOptions of a client without it); anything missing or malformed takes its default,
 * and an empty locale or profile means "not set".
 */
export function readClientSettings(value: unknown): ClientSettings {
  const o = record(value);
  const settings: ClientSettings = { enable: o.enable !== false, run: o.run === "onSave" ? "onSave" : "onType" };
  if (o.locale === "zh" || o.locale === "en") settings.locale = o.locale;
  if (typeof o.profile === "string" && o.profile.trim() !== "") settings.profile = o.profile.trim();
  return settings;
}

/**
 * The settings of each resource, asked once of the client (`fetch`: workspace/configuration with
 * the resource as scope) and remembered until they change. A client that cannot be asked gets
 * the settings it gave at initialize, or later pushed with workspace/didChangeConfiguration.
 */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<ClientSettings>>();

  constructor(
    private readonly fetch: ((uri: string) => Promise<unknown>) | undefined,
    private fallback: ClientSettings,
  ) {}

  get(uri: string): Promise<ClientSettings> {
    const fetch = this.fetch;
    if (!fetch) return Promise.resolve(this.fallback);
    let settings = this.byUri.get(uri);
    if (!settings) {
      // A client that fails to answer leaves the resource at the settings it gave at initialize.
      settings = fetch(uri).then(readClientSettings, () => this.fallback);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** workspace/didChangeConfiguration: ask again; `pushed` is the notification's `reportlint` section, if it carried one. */
  changed(pushed: unknown): void {
    this.byUri.clear();
    if (pushed !== undefined && pushed !== null) this.fallback = readClientSettings(pushed);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
