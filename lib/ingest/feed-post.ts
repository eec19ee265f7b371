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
