// The process edge of the language server: wires the LSP connection to the modules beside it. Every
// finding, fix and label comes from @reportlint/core; nothing here parses a report or checks a rule.
import { CodeActionKind, createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Connection } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { Analyzer } from "./analysis.ts";
import { codeActions, FIX_ALL_KIND } from "./code-actions.ts";
import { Debouncer } from "./debounce.ts";
import { toDiagnostic } from "./diagnostics.ts";
import { hover } from "./hover.ts";
import { readSettings } from "./settings.ts";
import { documentSymbols } from "./symbols.ts";

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let analyzer = new Analyzer({ locale: "zh" });
  let debouncer = new Debouncer(150);
  let documentChanges = false;
  /** The version whose diagnostics were last published, per document. */
  const published = new Map<string, number>();

  /** Runs a handler; a failure is logged and becomes the empty result, never a crash. */
  function guard<T>(what: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      connection.console.error(`reportlint: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  /** Lints the latest version of a document and publishes its diagnostics, unless a newer version or a close overtook it. */
  function validate(uri: string): void {
    guard(`linting ${uri}`, undefined, () => {
      const document = documents.get(uri);
      if (!document || published.get(uri) === document.version) return;
      const version = document.version;
      const analysis = analyzer.analyze(document);
      if (!analysis) return; // not a text format reportlint reads (a .docx, a .json): left alone
      if (documents.get(uri)?.version !== version) return; // stale: a newer version will be linted
      const diagnostics = analysis.isReport ? analysis.messages.map(toDiagnostic) : [];
      published.set(uri, version);
      void connection.sendDiagnostics({ uri, version, diagnostics });
    });
  }

  connection.onInitialize((params) => {
    const settings = readSettings(params.initializationOptions);
    analyzer = new Analyzer({ locale: settings.locale });
    debouncer = new Debouncer(settings.debounceMs);
    documentChanges = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: true,
      },
      serverInfo: { name: "reportlint-language-server" },
    };
  });

  documents.onDidOpen((event) => {
    // Opening lints at once; the change event that follows finds this version already published.
    validate(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    const { uri } = event.document;
    debouncer.schedule(uri, () => validate(uri));
  });
  documents.onDidClose((event) => {
    guard("closing", undefined, () => {
      const { uri } = event.document;
      debouncer.cancel(uri);
      analyzer.forget(uri);
      published.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    });
  });

  connection.onCodeAction((params) =>
    guard("code actions", [], () => {
      const document = documents.get(params.textDocument.uri);
      const analysis = document && analyzer.analyze(document);
      if (!document || !analysis?.isReport) return [];
      return codeActions(analyzer, document, analysis, params, { documentChanges });
    }),
  );

  connection.onHover((params) =>
    guard("hover", null, () => {
      const document = documents.get(params.textDocument.uri);
      const analysis = document && analyzer.analyze(document);
      if (!document || !analysis) return null;
      return hover(document, analysis, document.offsetAt(params.position), analyzer.locale === "en");
    }),
  );

  connection.onDocumentSymbol((params) =>
    guard("document symbols", [], () => {
      const document = documents.get(params.textDocument.uri);
      const analysis = document && analyzer.analyze(document);
      if (!document || !analysis) return [];
      return documentSymbols(document, analysis, analyzer.locale === "en");
    }),
  );

  connection.onShutdown(() => debouncer.dispose());

  documents.listen(connection);
  connection.listen();
}

// Started as a program (`--stdio`, `--node-ipc` or `--socket=`, which createConnection reads from argv).
startServer(createConnection(ProposedFeatures.all));
