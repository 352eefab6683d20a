import type { Citable, ExportLevel } from "../non-attribution/citation";
import type { MeetingStatistics } from "./statistics";

/** The sections a person writes in a meeting input (issue 8), in their order. */
export const SECTION_IDS = [
  "overview",
  "trends",
  "practices",
  "collaboration",
  "gaps",
  "recommendations",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * A meeting input as it is exported: what a person wrote, the statistics, and the excerpts
 * cited as evidence with only where and when they come from. Nothing in it names an author,
 * a device or a source; the export coarsens and suppresses what it shows.
 */
export interface MeetingInputDocument {
  title: string;
  meeting: { title: string; date: string } | null;
  countries: string[];
  period: { from: string; to: string };
  sections: Record<SectionId, string>;
  statistics: MeetingStatistics;
  evidence: { excerpt: string; source: Citable }[];
  level: ExportLevel;
}
