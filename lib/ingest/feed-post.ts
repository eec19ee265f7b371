import type { PostEnrichment } from "../db/generated/client";

/**
 * What Vigie understood of a post (computed after it is stored, so a live post
 * may arrive without it and receive it a moment later), or a volunteer's label.
 */
export type PostUnderstanding = {
  lang: string;
  relevance: number;
  category: string;
  categoryConfidence: number;
  urgent: boolean;
  urgency: number;
  urgencyTriggers: string[];
  reportCategory: string | null;
  labelled: boolean;
  /** Communes (or départements) the post speaks of, most precise first. */
  places: { insee: string | null; name: string; departement: string; lat: number; lon: number; precision: string; ambiguous?: boolean }[];
  /** Personal data in the text: offsets into `text`. */
  pii: { kind: string; start: number; end: number }[];
  /** The story of near-duplicates it belongs to (the story's first post), and that story's size when last counted. */
  storyId: string | null;
  storySize?: number;
  /** The story grows fast (more than doubling over the last half hour). */
  storyTrending?: boolean;
};

/** A post as the feed shows it (and as live announcements carry it). */
export type FeedPost = {
  id: string;
  sourceId: string | null;
  network: string;
  externalId: string;
  url: string | null;
  authorHandle: string | null;
  authorName: string | null;
  text: string;
  lang: string | null;
  postedAt: string;
  ingestedAt: string;
  media: { url?: string; fileId?: string; type: string; alt: string | null }[];
  geo: { lat: number; lon: number } | null;
  repostOf: string | null;
  deleted: boolean;
  edited: boolean;
  understanding: PostUnderstanding | null;
};

/** A stored PostEnrichment row as the feed shows it. */
export function understandingFromRow(
  row: Pick<PostEnrichment, "lang" | "relevance" | "category" | "categoryConfidence" | "urgent" | "urgency" | "urgencyTriggers" | "reportCategory" | "labelled" | "places" | "pii" | "storyId"> &
    Partial<Pick<PostEnrichment, "storyTrending">>,
): PostUnderstanding {
  return {
    lang: row.lang,
    relevance: row.relevance,
    category: row.category,
    categoryConfidence: row.categoryConfidence,
    urgent: row.urgent,
    urgency: row.urgency,
    urgencyTriggers: row.urgencyTriggers,
    reportCategory: row.reportCategory,
    labelled: row.labelled,
    places: (row.places ?? []) as PostUnderstanding["places"],
    pii: (row.pii ?? []) as PostUnderstanding["pii"],
    storyId: row.storyId?.toString() ?? null,
    storyTrending: row.storyTrending ?? false,
  };
}
