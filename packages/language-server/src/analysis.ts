import { bindReport, createProfileRegistry, DEFAULT_PROFILE_ID, formatOfPath, lintDocument, parseText, type BoundReport, type Locale, type LintMessage, type LintOptions, type ProfileRegistry, type ReportDocument, type TextFormat } from "@reportlint/core";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** What the server knows of one version of one document: the core's model, binding and findings. */
export interface Analysis {
  uri: string;
  version: number;
  format: TextFormat;
  doc: ReportDocument;
  report: BoundReport;
  /** Whether the text looks like an annual report at all; only reports get diagnostics. */
  isReport: boolean;
  messages: LintMessage[];
}

export interface AnalysisSettings {
  locale: Locale;
}

const LANGUAGE_FORMATS: Record<string, TextFormat> = { markdown: "markdown", html: "html", plaintext: "text" };

/**
 * The text format of a document: from its file name (`formatOfPath`), else from the editor's
 * language id (an unsaved buffer). A .docx is not text and any other kind of file is not ours.
 */
export function formatOfDocument(uri: string, languageId: string): TextFormat | undefined {
  const path = decodeURIComponent(uri.replace(/[?#].*$/u, ""));
  const format = formatOfPath(path);
  if (format === "docx") return undefined;
  if (format !== undefined) return format;
  return /\/[^/]*\.[^/]*$/u.test(path) ? undefined : LANGUAGE_FORMATS[languageId];
}

/**
 * A report is what the core recognises as one: a profile detected from the labels of its tables,
 * or at least one section heading or table the binder matched to the template. A README is neither.
 */
export function looksLikeReport(report: BoundReport): boolean {
  return report.detection.by === "signals" || report.sectionHeadings.some((h) => h.def !== undefined) || report.tables.some((t) => t.sources.length > 0);
}

/** Analyses documents with the core and remembers the latest analysis of each. */
export class Analyzer {
  private readonly cache = new Map<string, Analysis>();
  readonly registry: ProfileRegistry = createProfileRegistry();

  constructor(private readonly settings: AnalysisSettings) {}

  get locale(): Locale {
    return this.settings.locale;
  }

  /** The options the core lints this format with. */
  lintOptions(format: TextFormat): LintOptions {
    return { format, locale: this.settings.locale, registry: this.registry };
  }

  /** The analysis of the document's current version (cached per version); undefined when it is not a text report format. */
  analyze(document: TextDocument): Analysis | undefined {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const format = formatOfDocument(document.uri, document.languageId);
    if (format === undefined) return undefined;
    const text = document.getText();
    const doc = parseText(text, format, this.registry.all());
    const report = bindReport(doc, this.registry, { defaultProfile: DEFAULT_PROFILE_ID });
    const isReport = looksLikeReport(report);
    const messages = isReport ? lintDocument(doc, this.lintOptions(format), report).messages : [];
    const analysis: Analysis = { uri: document.uri, version: document.version, format, doc, report, isReport, messages };
    this.cache.set(document.uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
