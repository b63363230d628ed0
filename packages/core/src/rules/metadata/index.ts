import type { RuleModule } from "../types.ts";

export const metadataRules: RuleModule<any>[] = [];
