import type { Locale } from "@reportlint/core";

export interface ServerSettings {
  /** Trailing delay before an edited document is linted again. */
  debounceMs: number;
  locale: Locale;
}

export const DEFAULT_DEBOUNCE_MS = 150;

/** `initializationOptions` as the client sent them; anything missing or malformed takes its default. */
export function readSettings(options: unknown): ServerSettings {
  const o = typeof options === "object" && options !== null ? (options as Record<string, unknown>) : {};
  const debounce = o.debounceMs;
  return {
    debounceMs: typeof debounce === "number" && Number.isFinite(debounce) && debounce >= 0 ? debounce : DEFAULT_DEBOUNCE_MS,
    locale: o.locale === "en" ? "en" : "zh",
  };
}
