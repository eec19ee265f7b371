import type { PoolClient } from "pg";
import type { NormalizedPost } from "./normalize";

/**
 * Bulk path of ingestion: one INSERT … SELECT FROM unnest(…) per batch,
 * skipping posts already stored (unique on activation + network + external id)
 * and returning only the rows really inserted. About 10× faster than Prisma's
 * createMany here. The raw payload goes to a `json` column: PostgreSQL parses
 * `jsonb` at twice the cost, and raw payloads are stored, never queried.
 */
export type InsertedPost = { id: string; network: string; externalId: string };

const INSERT_POSTS = `
INSERT INTO "Post" ("activationId", "sourceId", "network", "externalId", "url", "authorId", "authorHandle", "authorName",
  "text", "lang", "postedAt", "ingestedAt", "media", "geoLat", "geoLon", "repostOf", "quoteOf", "replyTo", "raw", "contentHash")
SELECT $1::uuid, $2::uuid, t.network, t.external_id, t.url, t.author_id, t.author_handle, t.author_name,
  t.text, t.lang, t.posted_at, $3::timestamptz, t.media::jsonb, t.geo_lat, t.geo_lon, t.repost_of, t.quote_of, t.reply_to, t.raw::json, t.content_hash
FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::timestamptz[],
  $13::text[], $14::float8[], $15::float8[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[])
  AS t(network, external_id, url, author_id, author_handle, author_name, text, lang, posted_at,
       media, geo_lat, geo_lon, repost_of, quote_of, reply_to, raw, content_hash)
ON CONFLICT ("activationId", "network", "externalId") DO NOTHING
RETURNING id::text, "network", "externalId"`;

export async function insertPosts(
  client: PoolClient,
  batch: { activationId: string; sourceId: string | null; ingestedAt: Date; posts: NormalizedPost[] },
): Promise<InsertedPost[]> {
  if (batch.posts.length === 0) return [];
  const column = <T>(pick: (post: NormalizedPost) => T) => batch.posts.map(pick);
  const result = await client.query<{ id: string; network: string; externalId: string }>(INSERT_POSTS, [
    batch.activationId,
    batch.sourceId,
    batch.ingestedAt,
    column((p) => p.network),
    column((p) => p.externalId),
    column((p) => p.url),
    column((p) => p.authorId),
    column((p) => p.authorHandle),
    column((p) => p.authorName),
    column((p) => p.text),
    column((p) => p.lang),
    column((p) => p.postedAt),
    column((p) => JSON.stringify(p.media)),
    column((p) => p.geoLat),
    column((p) => p.geoLon),
    column((p) => p.repostOf),
    column((p) => p.quoteOf),
    column((p) => p.replyTo),
    column((p) => (p.raw === undefined ? null : JSON.stringify(p.raw))),
    column((p) => p.contentHash),
  ]);
  return result.rows;
}

/**
 * Deletions at the source: the post keeps a tombstone (ids, time) and loses its
 * content and edit history. A deletion that arrives before its post leaves a
 * tombstone, so the late post is not stored.
 */
export async function tombstonePosts(
  client: PoolClient,
  batch: { activationId: string; sourceId: string | null; at: Date; targets: { network: string; externalId: string }[] },
): Promise<string[]> {
  if (batch.targets.length === 0) return [];
  const networks = batch.targets.map((t) => t.network);
  const ids = batch.targets.map((t) => t.externalId);
  await client.query(
    `DELETE FROM "PostEdit" WHERE "postId" IN (SELECT id FROM "Post" WHERE "activationId" = $1 AND ("network", "externalId") IN (SELECT * FROM unnest($2::text[], $3::text[])))`,
    [batch.activationId, networks, ids],
  );
  // A source deletes only what it brought (or what no source brought).
  const updated = await client.query<{ id: string }>(
    `UPDATE "Post" SET "deletedAt" = $4, "text" = '', "url" = NULL, "authorId" = NULL, "authorHandle" = NULL, "authorName" = NULL,
       "media" = '[]', "geoLat" = NULL, "geoLon" = NULL, "raw" = NULL, "contentHash" = ''
     WHERE "activationId" = $1 AND "deletedAt" IS NULL AND ("network", "externalId") IN (SELECT * FROM unnest($2::text[], $3::text[]))
       AND ("sourceId" IS NOT DISTINCT FROM $5::uuid OR "sourceId" IS NULL)
     RETURNING id::text`,
    [batch.activationId, networks, ids, batch.at, batch.sourceId],
  );
  await client.query(
    `INSERT INTO "Post" ("activationId", "sourceId", "network", "externalId", "text", "postedAt", "ingestedAt", "contentHash", "deletedAt")
     SELECT $1::uuid, $2::uuid, t.network, t.external_id, '', $4, $4, '', $4 FROM unnest($3::text[], $5::text[]) AS t(network, external_id)
     ON CONFLICT ("activationId", "network", "externalId") DO NOTHING`,
    [batch.activationId, batch.sourceId, networks, batch.at, ids],
  );
  return updated.rows.map((row) => row.id);
}

/** Edits at the source: the previous text goes to PostEdit, the post takes the new one. */
export async function applyPostEdits(
  client: PoolClient,
  batch: { activationId: string; sourceId: string | null; at: Date; edits: { network: string; externalId: string; text: string; contentHash: string }[] },
): Promise<{ id: string; text: string }[]> {
  const changed: { id: string; text: string }[] = [];
  for (const edit of batch.edits) {
    const result = await client.query<{ id: string }>(
      `WITH previous AS (
         SELECT id, "text" FROM "Post" WHERE "activationId" = $1 AND "network" = $2 AND "externalId" = $3 AND "deletedAt" IS NULL AND "text" <> $4
           AND ("sourceId" IS NOT DISTINCT FROM $7::uuid OR "sourceId" IS NULL) FOR UPDATE
       ), saved AS (
         INSERT INTO "PostEdit" ("postId", "text", "editedAt") SELECT id, "text", $6 FROM previous
       )
       UPDATE "Post" p SET "text" = $4, "contentHash" = $5, "editedAt" = $6 FROM previous WHERE p.id = previous.id RETURNING p.id::text`,
      [batch.activationId, edit.network, edit.externalId, edit.text, edit.contentHash, batch.at, batch.sourceId],
    );
    if (result.rows[0]) changed.push({ id: result.rows[0].id, text: edit.text });
  }
  return changed;
}
