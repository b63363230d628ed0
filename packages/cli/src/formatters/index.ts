import { json } from "./json.ts";
import { stylish } from "./stylish.ts";
import type { Formatter } from "./types.ts";

export const FORMATTERS: Record<string, Formatter> = { stylish, json };
export type { FormatContext, Formatter } from "./types.ts";
