// The commands the server executes (workspace/executeCommand). They are announced at initialize
// from the one list below, so a command is added here and nowhere else.

/** Lints every report file of every workspace folder; answers a `WorkspaceSummary`. */
export const LINT_WORKSPACE_COMMAND = "reportlint.server.lintWorkspace";
/** Applies the safe fixes of an open document (`{ uri }`) through workspace/applyEdit. */
export const FIX_ALL_COMMAND = "reportlint.server.fixAll";
/** Opens a rule's documentation (`{ url }`, or a rule id) in the browser through window/showDocument. */
export const OPEN_RULE_DOCS_COMMAND = "reportlint.server.openRuleDocs";

export const SERVER_COMMANDS: readonly string[] = [LINT_WORKSPACE_COMMAND, FIX_ALL_COMMAND, OPEN_RULE_DOCS_COMMAND];
