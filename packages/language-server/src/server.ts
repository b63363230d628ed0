// The process edge of the language server: wires the LSP connection to the modules beside it. Every
// finding, fix and label comes from @reportlint/core, every configuration from @reportlint/config;
// nothing here parses a report or checks a rule.
import { basename } from "node:path";
import { CONFIG_FILES } from "@reportlint/config";
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { Analyzer } from "./analysis.ts";
import { codeActions, FIX_ALL_KIND, fixAllEdit, fixAllTitle } from "./code-actions.ts";
import { FIX_ALL_COMMAND, LINT_WORKSPACE_COMMAND, OPEN_RULE_DOCS_COMMAND, SERVER_COMMANDS } from "./commands.ts";
import { Debouncer } from "./debounce.ts";
import { diagnosticsOf } from "./diagnostics.ts";
import { pathOfUri, WorkspaceFolders } from "./folders.ts";
import { hover } from "./hover.ts";
import { ConfigResolver, DEFAULT_CONTEXT, type LintContext } from "./lint-context.ts";
import { clientPulls, DIAGNOSTIC_PROVIDER, diagnosticReport } from "./pull-diagnostics.ts";
import { openRuleDocs } from "./rule-docs.ts";
import { safeDiagnostics } from "./safe-diagnostics.ts";
import { DEFAULT_SETTINGS, readClientSettings, readDebounceMs, SettingsCache, type ClientSettings } from "./settings.ts";
import { documentSymbols } from "./symbols.ts";
import { lintWorkspace } from "./workspace-lint.ts";

/** The files whose change means a configuration may have changed: the names the loader looks for. */
const CONFIG_NAMES = new Set<string>([...CONFIG_FILES, "package.json"]);

/** Why a document is linted: a change is skipped when the document's settings say `run: onSave`. */
type Trigger = "open" | "change" | "save" | "refresh";

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const folders = new WorkspaceFolders();
  const configs = new ConfigResolver((path) => folders.display(path));
  let settings = new SettingsCache(undefined, DEFAULT_SETTINGS);
  let debouncer = new Debouncer(150);
  let documentChanges = false;
  let registerWatchers = false;
  let registerConfiguration = false;
  let watchFolders = false;
  /** The client pulls diagnostics (textDocument/diagnostic): nothing is pushed for open documents. */
  let pull = false;
  /** The client re-pulls when asked to (workspace/diagnostic/refresh). */
  let pullRefresh = false;
  let showDocument = false;
  /** Pull: per document, the version a `run: onSave` document may be linted at (opened, saved, settings changed). */
  const lintable = new Map<string, number>();
  /** Pull: per document, the diagnostics last answered and the version they are of. */
  const pulled = new Map<string, { version: number; items: Diagnostic[] }>();
  /** Per open document: the settings and the lint context of its latest lint. */
  const states = new Map<string, { settings: ClientSettings; context: LintContext }>();
  const analyzer = new Analyzer((uri) => states.get(uri)?.context ?? DEFAULT_CONTEXT);
  /** The version whose diagnostics were last published, per document. */
  const published = new Map<string, number>();
  /** Per document, the number of the latest lint started: an earlier one still waiting for settings gives way. */
  const runs = new Map<string, number>();

  /** Runs a handler; a failure is logged and becomes the empty result, never a crash. */
  function guard<T>(what: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      logFailure(what, error);
      return fallback;
    }
  }

  function logFailure(what: string, error: unknown): void {
    connection.console.error(`reportlint: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }

  /**
   * The lint context of an open document: its configuration file (as the CLI finds it) with the
   * editor's settings over it. A configuration problem is logged when it first shows on the document.
   */
  function contextFor(uri: string, documentSettings: ClientSettings): LintContext {
    const path = pathOfUri(uri);
    const context = configs.contextFor({ path, folder: path === undefined ? undefined : folders.folderOf(path) }, documentSettings);
    const before = states.get(uri)?.context.problems ?? [];
    for (const problem of context.problems) if (!before.includes(problem)) connection.console.error(`reportlint: ${problem}`);
    return context;
  }

  /**
   * The diagnostics of a document's current version in its lint context; undefined when it is not a
   * text format reportlint reads. A failure inside reportlint is one diagnostic, not silence.
   */
  function diagnosticsFor(document: TextDocument, context: LintContext): Diagnostic[] | undefined {
    return safeDiagnostics(
      () => {
        const analysis = analyzer.analyze(document);
        return analysis && diagnosticsOf(analysis);
      },
      context.options.locale,
      (text) => connection.console.error(text),
    );
  }

  /** The analysis of an open document for a request, or undefined when reportlint is disabled for it. */
  function analysisFor(uri: string) {
    const document = documents.get(uri);
    if (!document || states.get(uri)?.settings.enable === false) return undefined;
    const analysis = analyzer.analyze(document);
    return analysis && { document, analysis };
  }

  /**
   * Lints the latest version of a document and publishes its diagnostics, unless a newer version,
   * a later lint or a close overtook it. Disabled (`reportlint.enable: false`): clears them.
   */
  async function validate(uri: string, trigger: Trigger): Promise<void> {
    const run = (runs.get(uri) ?? 0) + 1;
    runs.set(uri, run);
    let documentSettings: ClientSettings;
    try {
      documentSettings = await settings.get(uri);
    } catch (error) {
      logFailure(`reading the settings of ${uri}`, error);
      return;
    }
    if (runs.get(uri) !== run) return;
    guard(`linting ${uri}`, undefined, () => {
      const document = documents.get(uri);
      if (!document) return;
      if (trigger === "change" && documentSettings.run === "onSave") return;
      if (!documentSettings.enable) {
        states.set(uri, { settings: documentSettings, context: DEFAULT_CONTEXT });
        published.delete(uri);
        void connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      if (published.get(uri) === document.version) return;
      const state = { settings: documentSettings, context: contextFor(uri, documentSettings) };
      states.set(uri, state);
      const diagnostics = diagnosticsFor(document, state.context);
      if (!diagnostics) return; // not a text format reportlint reads (a .docx, a .json): left alone
      published.set(uri, document.version);
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    });
  }

  /**
   * textDocument/diagnostic: the diagnostics of the document's current version with its current
   * settings. The client asks when it wants them, so nothing is debounced; a `run: onSave` document
   * keeps the answer of its last lint until it is saved.
   */
  async function pullDiagnostics(params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport> {
    const { uri } = params.textDocument;
    const documentSettings = await settings.get(uri);
    const document = documents.get(uri);
    if (!document) return diagnosticReport(0, [], params.previousResultId);
    if (!documentSettings.enable) {
      states.set(uri, { settings: documentSettings, context: DEFAULT_CONTEXT });
      return diagnosticReport(document.version, [], params.previousResultId);
    }
    const last = pulled.get(uri);
    if (documentSettings.run === "onSave" && last && lintable.get(uri) !== document.version) return diagnosticReport(last.version, last.items, params.previousResultId);
    const state = { settings: documentSettings, context: contextFor(uri, documentSettings) };
    states.set(uri, state);
    const items = diagnosticsFor(document, state.context) ?? [];
    pulled.set(uri, { version: document.version, items });
    return diagnosticReport(document.version, items, params.previousResultId);
  }

  /** Pull: asks the client to pull every open document again (it does not pull on save by itself). */
  function refreshPulled(): void {
    if (pullRefresh) connection.languages.diagnostics.refresh().catch((error: unknown) => logFailure("refreshing diagnostics", error));
  }

  /** Settings or configuration files changed: every open document is linted again with what they say now. */
  function relintAll(): void {
    if (pull) {
      for (const document of documents.all()) lintable.set(document.uri, document.version);
      refreshPulled();
      return;
    }
    published.clear();
    for (const document of documents.all()) void validate(document.uri, "refresh");
  }

  connection.onInitialize((params) => {
    const { capabilities } = params;
    debouncer = new Debouncer(readDebounceMs(params.initializationOptions));
    documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    // Settings per resource from workspace/configuration; a client that cannot answer it gives them once, at initialize.
    const fetch = capabilities.workspace?.configuration ? (uri: string) => connection.workspace.getConfiguration({ scopeUri: uri, section: "reportlint" }) : undefined;
    settings = new SettingsCache(fetch, readClientSettings(params.initializationOptions));
    registerWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    registerConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    watchFolders = capabilities.workspace?.workspaceFolders === true;
    pull = clientPulls(capabilities);
    pullRefresh = capabilities.workspace?.diagnostics?.refreshSupport === true;
    showDocument = capabilities.window?.showDocument?.support === true;
    folders.reset(params.workspaceFolders, params.rootUri);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: true,
        executeCommandProvider: { commands: [...SERVER_COMMANDS] },
        ...(pull ? { diagnosticProvider: DIAGNOSTIC_PROVIDER } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "reportlint-language-server" },
    };
  });

  connection.onInitialized(() => {
    if (registerWatchers) {
      const watchers = [...CONFIG_NAMES].map((name) => ({ globPattern: `**/${name}` }));
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => logFailure("watching configuration files", error));
    }
    if (registerConfiguration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: "reportlint" }).catch((error: unknown) => logFailure("watching settings", error));
    }
    if (watchFolders) connection.workspace.onDidChangeWorkspaceFolders((event) => guard("changing workspace folders", undefined, () => folders.change(event)));
  });

  connection.onDidChangeConfiguration((params) => {
    guard("changing settings", undefined, () => {
      const pushed: unknown = params.settings;
      settings.changed(typeof pushed === "object" && pushed !== null ? (pushed as Record<string, unknown>).reportlint : undefined);
      relintAll();
    });
  });

  // Registered above when the client can; a client that sends file events unasked is heard too.
  connection.onDidChangeWatchedFiles((params) => {
    guard("reloading configuration", undefined, () => {
      if (!params.changes.some((change) => CONFIG_NAMES.has(basename(pathOfUri(change.uri) ?? change.uri)))) return;
      configs.reset();
      relintAll();
    });
  });

  connection.onExecuteCommand(async (params) => {
    try {
      switch (params.command) {
        case LINT_WORKSPACE_COMMAND: {
          const summary = await lintWorkspace({
            folders: folders.list(),
            settingsOf: (uri) => settings.get(uri),
            contextFor: (place, folderSettings) => configs.contextFor(place, folderSettings),
            isOpen: (uri) => documents.get(uri) !== undefined,
            publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
            log: (line) => connection.console.log(line),
          });
          connection.console.info(`reportlint: ${summary.files} files, ${summary.reports} reports: ${summary.errors} errors, ${summary.warnings} warnings`);
          return summary;
        }
        case FIX_ALL_COMMAND: {
          const uri = (params.arguments?.[0] as { uri?: unknown } | undefined)?.uri;
          const target = typeof uri === "string" ? analysisFor(uri) : undefined;
          const edit = target?.analysis.isReport ? fixAllEdit(target.document, target.analysis, { documentChanges }) : undefined;
          if (!target || !edit) return { applied: false };
          const result = await connection.workspace.applyEdit({ label: fixAllTitle(target.analysis.options.locale === "en"), edit });
          return { applied: result.applied };
        }
        case OPEN_RULE_DOCS_COMMAND:
          await openRuleDocs(params.arguments?.[0], {
            ...(showDocument ? { showDocument: async (uri: string) => (await connection.window.showDocument({ uri, external: true })).success } : {}),
            log: (line) => connection.console.info(line),
          });
          return null;
        default:
          connection.console.error(`reportlint: unknown command ${params.command}`);
          return null;
      }
    } catch (error) {
      logFailure(`command ${params.command}`, error);
      return null;
    }
  });

  documents.onDidOpen((event) => {
    const { uri, version } = event.document;
    if (pull) {
      lintable.set(uri, version);
      // What a workspace lint published for the file while it was closed would show beside what the client pulls.
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    // Opening lints at once; the change event that follows finds this version already published.
    void validate(uri, "open");
  });
  documents.onDidChangeContent((event) => {
    const { uri } = event.document;
    if (pull) return;
    debouncer.schedule(uri, () => void validate(uri, "change"));
  });
  documents.onDidSave((event) => {
    const { uri, version } = event.document;
    if (pull) {
      lintable.set(uri, version);
      if (states.get(uri)?.settings.run === "onSave") refreshPulled();
      return;
    }
    debouncer.cancel(uri);
    void validate(uri, "save");
  });
  documents.onDidClose((event) => {
    guard("closing", undefined, () => {
      const { uri } = event.document;
      debouncer.cancel(uri);
      analyzer.forget(uri);
      settings.forget(uri);
      states.delete(uri);
      runs.delete(uri);
      published.delete(uri);
      lintable.delete(uri);
      pulled.delete(uri);
      // A client that pulls forgets a closed document's diagnostics itself.
      if (!pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
    });
  });

  connection.languages.diagnostics.on((params) =>
    pullDiagnostics(params).catch((error: unknown) => {
      logFailure(`diagnostics of ${params.textDocument.uri}`, error);
      return diagnosticReport(0, [], undefined);
    }),
  );

  connection.onCodeAction((params) =>
    guard("code actions", [], () => {
      const target = analysisFor(params.textDocument.uri);
      if (!target?.analysis.isReport) return [];
      return codeActions(target.document, target.analysis, params, { documentChanges });
    }),
  );

  connection.onHover((params) =>
    guard("hover", null, () => {
      const target = analysisFor(params.textDocument.uri);
      if (!target) return null;
      return hover(target.document, target.analysis, target.document.offsetAt(params.position), target.analysis.options.locale === "en");
    }),
  );

  connection.onDocumentSymbol((params) =>
    guard("document symbols", [], () => {
      const target = analysisFor(params.textDocument.uri);
      if (!target) return [];
      return documentSymbols(target.document, target.analysis, target.analysis.options.locale === "en");
    }),
  );

  connection.onShutdown(() => debouncer.dispose());

  documents.listen(connection);
  connection.listen();
}

// Started as a program (`--stdio`, `--node-ipc` or `--socket=`, which createConnection reads from argv).
startServer(createConnection(ProposedFeatures.all));
