import type { Hazard } from "./hazards";

export type LocalizedLabel = { fr: string; en: string };

/** `code` is snake_case and unique within a hazard. */
export type ReportCategory = { code: string; label: LocalizedLabel };

export type HazardTemplateData = {
  hazard: Hazard;
  /** Search terms, lowercase, accents kept. */
  keywords: { fr: string[]; en: string[] };
  /** With the leading '#', French first, then a few English ones. */
  hashtags: string[];
  /** Terms that mark a post as noise. */
  exclusions: { fr: string[]; en: string[] };
  /** ISO 639-1 codes, "fr" first. */
  languages: string[];
  /** The categories of a report; always ends with `other`. */
  reportCategories: ReportCategory[];
};
