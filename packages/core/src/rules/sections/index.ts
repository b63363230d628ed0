import type { RuleModule } from "../types.ts";

export const sectionsRules: RuleModule<any>[] = [];
