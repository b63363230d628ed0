import type { RuleModule } from "../types.ts";
import { mixedTemplate } from "./mixed-template.ts";
import { placeholder } from "./placeholder.ts";
import { publicationDeadline } from "./publication-deadline.ts";
import { reportYearRule } from "./report-year.ts";
import { strayYear } from "./stray-year.ts";
import { templateVersion } from "./template-version.ts";

export const metadataRules: RuleModule<any>[] = [templateVersion, mixedTemplate, reportYearRule, strayYear, publicationDeadline, placeholder];
