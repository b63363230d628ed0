// Configuration as every front end reads it, so that an editor sees exactly what the command line
// sees: discovery from a file's directory upward, validation against the generated schema,
// `extends`, profiles, `files`, and the file selection of a directory walk. Node only (it reads
// files); the core stays pure.
export { ConfigError, fsReason, oneLine } from "./errors.ts";
export { parseJson } from "./json.ts";
export { CONFIG_FILES, ConfigLoader, type Config } from "./load.ts";
export { lintOptionsFor, type Overrides } from "./options.ts";
export { buildConfigSchema } from "./schema.ts";
export { validateConfig } from "./validate.ts";
export { isReportName, walkReports, type Target } from "./walk.ts";
