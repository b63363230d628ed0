import { extractMetadata, reportYear } from "../metadata/extract.ts";
import type { ReportDocument } from "../model/document.ts";
import type { ProfileRegistry } from "../profiles/load.ts";
import { detectProfile } from "./detect.ts";
import { bindSections } from "./sections.ts";
import { bindTables } from "./tables.ts";
import type { BoundReport } from "./types.ts";

export interface BindOptions {
  /** Use this profile whatever the content says. */
  profile?: string;
  defaultProfile: string;
}

export function bindReport(doc: ReportDocument, registry: ProfileRegistry, options: BindOptions): BoundReport {
  const fallback = registry.get(options.profile ?? options.defaultProfile);
  const firstSection = bindSections(doc.blocks, fallback);
  const year = reportYear(extractMetadata(doc, firstSection.preamble, fallback));
  const detection = detectProfile(doc, registry, options.defaultProfile, year, options.profile);
  const profile = registry.get(detection.profileId);
  const sections = profile === fallback ? firstSection : bindSections(doc.blocks, profile);
  return {
    document: doc,
    profile,
    detection,
    metadata: extractMetadata(doc, sections.preamble, profile),
    sections: sections.sections,
    sectionHeadings: sections.sectionHeadings,
    tables: bindTables(doc.blocks, profile, sections),
  };
}
