import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { fsReason, walkReports, type Target } from "@reportlint/config";
import { decodeText, describePlace, formatOfPath, readDocx, type LintMessage, type Locale, type ReportDocument } from "@reportlint/core";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver/node";
import { examine, readText } from "./analysis.ts";
import { diagnosticsOf, toDiagnostic } from "./diagnostics.ts";
import type { DocumentPlace, LintContext } from "./lint-context.ts";
import type { ClientSettings } from "./settings.ts";

/** What `reportlint.server.lintWorkspace` answers. */
export interface WorkspaceSummary {
  /** Report files found (by extension) in the workspace folders. */
  files: number;
  /** Of those, the ones linted as reports. */
  reports: number;
  errors: number;
  warnings: number;
}

/** What the walk needs of the server. */
export interface WorkspaceHost {
  folders: readonly string[];
  /** The settings of a workspace folder (given by its URI). */
  settingsOf(folderUri: string): Promise<ClientSettings>;
  contextFor(place: DocumentPlace, settings: ClientSettings): LintContext;
  /** Open documents are linted from the editor's text: the walk leaves their diagnostics alone. */
  isOpen(uri: string): boolean;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  log(line: string): void;
}

/**
 * Lints every report file on disk in every workspace folder, found as the CLI finds them in a
 * directory (@reportlint/config's walk, except that an editor's dot-directories are skipped), each
 * with its own configuration and its folder's settings; publishes the diagnostics of each file that
 * is not open in the editor. A .docx is read from its bytes by the core.
 */
export async function lintWorkspace(host: WorkspaceHost): Promise<WorkspaceSummary> {
  const summary: WorkspaceSummary = { files: 0, reports: 0, errors: 0, warnings: 0 };
  const seen = new Set<string>(); // a folder nested in another is walked once
  for (const folder of host.folders) {
    const settings = await host.settingsOf(pathToFileURL(folder).href);
    if (!settings.enable) continue;
    let targets: Target[];
    try {
      targets = walkReports(folder, { dotDirectories: false });
    } catch (error) {
      host.log(`reportlint: cannot read the workspace folder ${folder}: ${fsReason(error)}`);
      continue;
    }
    for (const target of targets) {
      if (seen.has(target.path)) continue;
      seen.add(target.path);
      if (target.unreadableDirectory !== undefined) {
        host.log(`reportlint: cannot read the directory ${target.path}: ${target.unreadableDirectory}`);
        continue;
      }
      summary.files++;
      const uri = pathToFileURL(target.path).href;
      const context = host.contextFor({ path: target.path, folder }, settings);
      const linted = await lintFile(target.path, context, host);
      // Let the server answer the editor between two files of a large workspace.
      await new Promise((resolve) => setImmediate(resolve));
      if (!linted) continue;
      if (linted.isReport) summary.reports++;
      for (const d of linted.diagnostics) {
        if (d.severity === DiagnosticSeverity.Error) summary.errors++;
        else summary.warnings++;
      }
      if (!host.isOpen(uri)) host.publish(uri, linted.diagnostics);
    }
  }
  return summary;
}

/** The diagnostics of one file on disk; undefined (and a line in the log) when it cannot be read as a report file. */
async function lintFile(path: string, context: LintContext, host: WorkspaceHost): Promise<{ isReport: boolean; diagnostics: Diagnostic[] } | undefined> {
  try {
    const bytes = readFileSync(path);
    const format = formatOfPath(path);
    let doc: ReportDocument;
    if (format === "docx") {
      doc = await readDocx(bytes, { fileName: basename(path) });
    } else {
      const decoded = decodeText(bytes);
      if (!decoded.ok) {
        const where = decoded.reason === "undecodable" ? `line ${decoded.at.line}, column ${decoded.at.column}, byte offset ${decoded.at.offset}` : "";
        const why = decoded.reason === "binary" ? "not a text file" : decoded.encoding ? `not valid ${decoded.encoding.toUpperCase()} at ${where}` : `cannot be decoded as UTF-8, UTF-16 or GB18030 (not UTF-8 from ${where})`;
        host.log(`reportlint: skipped ${path}: ${why}`);
        return undefined;
      }
      doc = readText(decoded.text, format ?? "markdown", context.options);
    }
    const examination = examine(doc, context);
    const toLsp = format === "docx" ? (m: LintMessage) => placedDiagnostic(m, context.options.locale) : toDiagnostic;
    return { isReport: examination.isReport, diagnostics: diagnosticsOf({ ...examination, context }, toLsp) };
  } catch (error) {
    host.log(`reportlint: cannot lint ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/**
 * A finding in a .docx: its lines are those of the HTML read from the document and mean nothing to
 * a reader, so it is shown at the top of the file with Word's place in front of the message.
 */
function placedDiagnostic(m: LintMessage, locale: Locale): Diagnostic {
  const place = m.place && describePlace(m.place, locale);
  const top = { line: 0, character: 0 };
  return { ...toDiagnostic(m), range: { start: top, end: top }, message: place ? `${place}: ${m.message}` : m.message };
}
