import { describe, expect, it } from "vitest";
import { DOCUMENT_SELECTOR, initializationOptions } from "./settings.ts";

describe("DOCUMENT_SELECTOR", () => {
  it("syncs Markdown, HTML and plain text, saved or not", () => {
    expect(DOCUMENT_SELECTOR).toEqual([
      { scheme: "file", language: "markdown" },
      { scheme: "untitled", language: "markdown" },
      { scheme: "file", language: "html" },
      { scheme: "untitled", language: "html" },
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled", language: "plaintext" },
    ]);
  });
});

describe("initializationOptions", () => {
  const settings = (values: Record<string, unknown>) => (key: string) => values[key];

  it("passes the reportlint settings that are set", () => {
    expect(initializationOptions(settings({ enable: false, run: "onSave", locale: "en", profile: "gov-annual-2019" }))).toEqual({
      enable: false,
      run: "onSave",
      locale: "en",
      profile: "gov-annual-2019",
    });
  });

  it("leaves out unset settings, for the server to take the configuration file's locale and profile", () => {
    expect(initializationOptions(settings({ enable: true, run: "onType" }))).toEqual({ enable: true, run: "onType" });
    expect(initializationOptions(settings({ locale: null }))).toEqual({});
  });

  it("passes nothing but the extension's settings", () => {
    expect(initializationOptions(settings({ locale: "zh", "trace.server": "verbose" }))).toEqual({ locale: "zh" });
  });
});
