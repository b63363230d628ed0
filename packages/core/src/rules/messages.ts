import type { Locale, Localized, MessageValue } from "./types.ts";

export function localize(value: MessageValue, locale: Locale): string {
  if (typeof value === "object") return value[locale];
  return String(value);
}

/** Fills `{{name}}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(template: Localized, locale: Locale, data: Record<string, MessageValue> = {}): string {
  return template[locale].replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? localize(data[name]!, locale) : whole,
  );
}

/** `{ data }` for a finding's LintMessage, or nothing when the message takes no values. */
export function messageData(data: Record<string, MessageValue> | undefined): { data?: Record<string, MessageValue> } {
  return data && Object.keys(data).length > 0 ? { data } : {};
}
