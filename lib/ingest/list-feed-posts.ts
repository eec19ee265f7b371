import { z } from "zod";
import { db } from "../db/client";
import type { InformationType, Prisma } from "../db/generated/client";
import { understandingFromRow, type FeedPost } from "./feed-post";

export const feedQuerySchema = z.object({
  before: z.coerce.bigint().optional(),
  after: z.coerce.bigint().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  sourceId: z.uuid().optional(),
  network: z.string().max(40).optional(),
  lang: z.string().max(8).optional(),
  q: z.string().trim().max(200).optional(),
  hasMedia: z.coerce.boolean().optional(),
  hasGeo: z.coerce.boolean().optional(),
  /** Only posts flagged urgent (by the model or a volunteer): the feed's pinned strip. */
  urgent: z.coerce.boolean().optional(),
  category: z.string().regex(/^[A-Z_]+$/).max(40).optional(),
});
export type FeedQuery = z.infer<typeof feedQuerySchema>;

/**
 * The feed's page of posts, newest first (or, with `after`, what came since a
 * reconnecting client's last id). Deleted posts are left out. Callers check
 * read access first.
 */
export async function listFeedPosts(activationId: string, query: FeedQuery): Promise<FeedPost[]> {
  const where: Prisma.PostWhereInput = {
    activationId,
    deletedAt: null,
    ...(query.before !== undefined || query.after !== undefined ? { id: { ...(query.before !== undefined ? { lt: query.before } : {}), ...(query.after !== undefined ? { gt: query.after } : {}) } } : {}),
    ...(query.sourceId ? { sourceId: query.sourceId } : {}),
    ...(query.network ? { network: query.network } : {}),
    ...(query.lang ? { lang: query.lang } : {}),
    ...(query.q ? { text: { contains: query.q, mode: "insensitive" as const } } : {}),
    ...(query.hasMedia ? { NOT: { media: { equals: [] } } } : {}),
    ...(query.hasGeo ? { geoLat: { not: null } } : {}),
    ...(query.urgent || query.category ? { enrichment: { ...(query.urgent ? { urgent: true } : {}), ...(query.category ? { category: query.category as InformationType } : {}) } } : {}),
  };
  const rows = await db().post.findMany({
    where,
    orderBy: { id: query.after !== undefined ? "asc" : "desc" },
    take: query.limit,
    select: {
      id: true, sourceId: true, network: true, externalId: true, url: true, authorHandle: true, authorName: true, text: true, lang: true,
      postedAt: true, ingestedAt: true, media: true, geoLat: true, geoLon: true, repostOf: true, editedAt: true,
      enrichment: {
        select: { lang: true, relevance: true, category: true, categoryConfidence: true, urgent: true, urgency: true, urgencyTriggers: true, reportCategory: true, labelled: true, places: true, pii: true, storyId: true, storyTrending: true },
      },
    },
  });
  const posts = rows.map((row) => ({
    id: row.id.toString(),
    sourceId: row.sourceId,
    network: row.network,
    externalId: row.externalId,
    url: row.url,
    authorHandle: row.authorHandle,
    authorName: row.authorName,
    text: row.text,
    lang: row.lang,
    postedAt: row.postedAt.toISOString(),
    ingestedAt: row.ingestedAt.toISOString(),
    media: row.media as FeedPost["media"],
    geo: row.geoLat !== null && row.geoLon !== null ? { lat: row.geoLat, lon: row.geoLon } : null,
    repostOf: row.repostOf,
    deleted: false,
    edited: row.editedAt !== null,
    understanding: row.enrichment ? understandingFromRow(row.enrichment) : null,
  }));
  return query.after !== undefined ? posts.reverse() : posts;
}
