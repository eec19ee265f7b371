import { pgPool } from "../db/pg-pool";
import { queueFilterSql, queueFiltersSchema } from "./queue-filters";

// The queue lists a story once, by its oldest open post (as "take next" gives it).
const STORY_HEAD = `
       AND (e."storyId" IS NULL OR NOT EXISTS (
         SELECT 1 FROM "PostEnrichment" s WHERE s."activationId" = $1 AND s."storyId" = e."storyId" AND s.triage = 'OPEN' AND s."postId" < e."postId"))`;

export type QueueItem = {
  postId: string;
  text: string;
  network: string;
  authorHandle: string | null;
  postedAt: string;
  category: string;
  relevance: number;
  urgent: boolean;
  claimedBy: { userId: string; name: string; expiresAt: string } | null;
  /** Open copies of its story folded under it. */
  copies: number;
  /** The communes it speaks of (for the place filter). */
  places: { insee: string; name: string }[];
};

/** The head of the triage queue in the order "take next" follows, with who holds what. Callers check read access. */
export async function listQueue(activationId: string, rawFilters: unknown = {}, limit = 50): Promise<{ items: QueueItem[]; open: number }> {
  const filters = queueFiltersSchema.parse(rawFilters);
  const extra = queueFilterSql(filters, 3);
  const [items, count] = await Promise.all([
    pgPool().query<QueueItem & { claimUserId: string | null; claimName: string | null; claimExpiresAt: Date | null; postedAtDate: Date; copies: number; rawPlaces: unknown }>(
      `SELECT e."postId"::text AS "postId", p."text", p.network, p."authorHandle", p."postedAt" AS "postedAtDate", e.category::text AS category, e.relevance, e.urgent,
              c."userId" AS "claimUserId", u.name AS "claimName", c."expiresAt" AS "claimExpiresAt",
              (SELECT count(*) FROM "PostEnrichment" s WHERE s."activationId" = $1 AND s."storyId" = e."storyId" AND s.triage = 'OPEN' AND s."postId" <> e."postId")::int AS copies
       FROM "PostEnrichment" e
       JOIN "Post" p ON p.id = e."postId" AND p."deletedAt" IS NULL
       LEFT JOIN "PostClaim" c ON c."postId" = e."postId" AND c."expiresAt" > now()
       LEFT JOIN "User" u ON u.id = c."userId"
       WHERE e."activationId" = $1 AND e.triage = 'OPEN' AND e.category <> 'NOT_RELEVANT'${STORY_HEAD}${extra.sql}
       ORDER BY e.priority DESC, e."postId" DESC
       LIMIT $2`,
      [activationId, limit, ...extra.params],
    ),
    pgPool().query<{ open: string }>(
      `SELECT count(*) AS open FROM "PostEnrichment" e JOIN "Post" p ON p.id = e."postId" AND p."deletedAt" IS NULL
       WHERE e."activationId" = $1 AND e.triage = 'OPEN' AND e.category <> 'NOT_RELEVANT'${STORY_HEAD}${queueFilterSql(filters, 2).sql}`,
      [activationId, ...extra.params],
    ),
  ]);
  return {
    open: Number(count.rows[0]?.open ?? 0),
    items: items.rows.map((row) => ({
      postId: row.postId,
      text: row.text.slice(0, 280),
      network: row.network,
      authorHandle: row.authorHandle,
      postedAt: row.postedAtDate.toISOString(),
      category: row.category,
      relevance: row.relevance,
      urgent: row.urgent,
      copies: Number(row.copies ?? 0),
      places: ((row.rawPlaces ?? []) as { insee: string | null; name: string }[]).flatMap((place) => (place.insee ? [{ insee: place.insee, name: place.name }] : [])),
      claimedBy: row.claimUserId ? { userId: row.claimUserId, name: row.claimName ?? "?", expiresAt: row.claimExpiresAt!.toISOString() } : null,
    })),
  };
}
