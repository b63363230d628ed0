// What the extension hands the language server at start. Kept free of `vscode` so that it can be tested
// without an editor: the caller passes a reader over the "reportlint" settings section.

/** The documents the client syncs to the server: the text formats reportlint reads, saved or not. */
export const DOCUMENT_SELECTOR = ["markdown", "html", "plaintext"].flatMap((language) =>
  ["file", "untitled"].map((scheme) => ({ scheme, language })),
);

const SETTINGS = ["enable", "run", "locale", "profile"] as const;

export type InitializationOptions = Partial<Record<(typeof SETTINGS)[number], unknown>>;

/**
 * `initializationOptions`: the window's "reportlint" settings as they are. The server asks for each
 * document's own settings through workspace/configuration and falls back on these only when the
 * editor cannot answer; it also validates them. Unset settings are left out, so that the server
 * takes the configuration file's locale and profile.
 */
export function initializationOptions(get: (key: string) => unknown): InitializationOptions {
  const options: InitializationOptions = {};
  for (const key of SETTINGS) {
    const value = get(key);
    if (value !== undefined && value !== null) options[key] = value;
  }
  return options;
}
