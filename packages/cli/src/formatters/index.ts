import { github } from "./github.ts";
import { json } from "./json.ts";
import { junit } from "./junit.ts";
import { sarif } from "./sarif.ts";
import { stylish } from "./stylish.ts";
import type { Formatter } from "./types.ts";

/** The output formats of `--format`, by name; stylish is the default. */
export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, junit };
export { githubSummary } from "./github-summary.ts";
export type { FormatContext, Formatter } from "./types.ts";
