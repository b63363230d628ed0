import { bindReport, createProfileRegistry, DEFAULT_PROFILE_ID, formatOfPath, lintDocument, parseText, type BoundReport, type Locale, type LintMessage, type LintOptions, type ProfileRegistry, type ReportDocument, type TextFormat } from "@reportlint/core";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { LintContext } from "./lint-context.ts";

/** What the server knows of one version of one document: the core's model, binding and findings. */
export interface Analysis {
  uri: string;
  version: number;
  format: TextFormat;
  doc: ReportDocument;
  report: BoundReport;
  /** Whether the text is linted as an annual report; only reports get the core's findings. */
  isReport: boolean;
  messages: LintMessage[];
  /** The configuration and settings it was linted with. */
  context: LintContext;
  /** The core's options it was linted with, format included: what a fix-all lints the text with again. */
  options: LintOptions & { locale: Locale; format: TextFormat };
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

let builtins: ProfileRegistry | undefined;

/** The profiles a document is read and bound with: the user's profile file's registry, else the built-in one. */
function registryOf(options: LintOptions): ProfileRegistry {
  return options.registry ?? (builtins ??= createProfileRegistry());
}

/** Reads text in a text format into the document model (a text without table markup is aligned with the profiles). */
export function readText(text: string, format: TextFormat, options: LintOptions): ReportDocument {
  return parseText(text, format, registryOf(options).all());
}

/** What the core finds in a document read by an adapter: its binding and, when it is a report, its findings. */
export interface Examination {
  report: BoundReport;
  isReport: boolean;
  messages: LintMessage[];
}

/** Binds a document and lints it when it is a report: it looks like one, or the configuration's `files` names it. */
export function examine(doc: ReportDocument, context: LintContext): Examination {
  const registry = registryOf(context.options);
  const options = { ...context.options, registry };
  const report = bindReport(doc, registry, { ...(options.profile ? { profile: options.profile } : {}), defaultProfile: DEFAULT_PROFILE_ID });
  const isReport = context.include || looksLikeReport(report);
  return { report, isReport, messages: isReport ? lintDocument(doc, options, report).messages : [] };
}

/** Analyses open documents with the core, each in its lint context, and remembers the latest analysis of each. */
export class Analyzer {
  private readonly cache = new Map<string, Analysis>();

  constructor(private readonly contextOf: (uri: string) => LintContext) {}

  /** The analysis of the document's current version in its current context (cached); undefined when it is not a text report format. */
  analyze(document: TextDocument): Analysis | undefined {
    const context = this.contextOf(document.uri);
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && cached.context === context) return cached;
    const format = formatOfDocument(document.uri, document.languageId);
    if (format === undefined) return undefined;
    const options = { ...context.options, format };
    const doc = readText(document.getText(), format, options);
    const analysis: Analysis = { uri: document.uri, version: document.version, format, doc, ...examine(doc, context), context, options };
    this.cache.set(document.uri, analysis);
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
