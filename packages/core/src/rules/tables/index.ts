import type { RuleModule } from "../types.ts";
import { arithmetic } from "./arithmetic.ts";

export const tablesRules: RuleModule<any>[] = [arithmetic];
