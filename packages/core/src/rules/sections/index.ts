import type { RuleModule } from "../types.ts";
import { requiredSections } from "./required-sections.ts";
import { sectionOrder } from "./section-order.ts";
import { sectionSubstance } from "./section-substance.ts";
import { sectionTitle } from "./section-title.ts";
import { sectionTopics } from "./section-topics.ts";

export const sectionsRules: RuleModule<any>[] = [requiredSections, sectionOrder, sectionTitle, sectionTopics, sectionSubstance];
