import type { RuleModule } from "../types.ts";

export const tablesRules: RuleModule<any>[] = [];
