import { clock } from "../clock";
import { applyPostEdits, insertPosts, tombstonePosts } from "./insert-posts";
import { pgPool } from "../db/pg-pool";
import { announceFeed } from "./feed-announcer";
import type { FeedPost } from "./feed-post";
import { contentHash, normalizePost, type NormalizedPost } from "./normalize";
import { notifyPostsDeleted, notifyPostsStored } from "./post-hooks";
import { sanitizeText } from "./sanitize";
import { parseIncoming, type IncomingDelete, type IncomingEdit } from "./schemas";
import type { WatchFilter } from "./watch-filter";

// Rows per INSERT: small enough to overlap preparing the next chunk with storing this one.
const CHUNK = 250;

export type IngestInput = {
  activationId: string;
  sourceId: string | null;
  payloads: unknown[];
  /** Saved on the source in the same transaction as the posts: a crash never loses or skips acknowledged items. */
  cursor?: string | null;
  filter?: WatchFilter | null;
};

export type IngestResult = {
  received: number;
  stored: number;
  duplicates: number;
  filtered: number;
  deadLettered: { index: number; reason: string }[];
  deleted: number;
  edited: number;
  storedIds: string[];
};

/**
 * The pipeline for one batch: validate (zod) → normalise and sanitise →
 * filter by the watch → store once (bulk SQL) with deletions, edits, dead
 * letters and the source's cursor in ONE transaction → announce live (batched)
 * → hand to enrichment. A bad payload is dead-lettered; its neighbours are stored.
 */
export async function ingestBatch(input: IngestInput): Promise<IngestResult> {
  const now = clock().now();
  const posts: NormalizedPost[] = [];
  const deletes: IncomingDelete[] = [];
  const edits: IncomingEdit[] = [];
  const deadLettered: { index: number; reason: string; payload: unknown }[] = [];
  let filtered = 0;
  const seen = new Set<string>();

  const prepare = (payload: unknown, index: number): NormalizedPost | null => {
    const parsed = parseIncoming(payload);
    if (!parsed.ok) return void deadLettered.push({ index, reason: parsed.reason, payload }), null;
    const event = parsed.event;
    if (event.kind === "delete") return void deletes.push(event), null;
    if (event.kind === "edit") return void edits.push(event), null;
    const post = normalizePost(event, payload);
    if (post.text === "" && post.media.length === 0) return void deadLettered.push({ index, reason: "text: empty after sanitising", payload }), null;
    if (input.filter && !input.filter(post).keep) return void filtered++, null;
    const key = `${post.network}\u0000${post.externalId}`;
    if (seen.has(key)) return null; // a copy inside the same batch
    seen.add(key);
    return post;
  };

  const client = await pgPool().connect();
  let inserted: { id: string; network: string; externalId: string }[] = [];
  let deletedIds: string[] = [];
  let editedPosts: { id: string; text: string }[] = [];
  try {
    await client.query("BEGIN");
    // Prepare chunk k+1 (validation, normalisation: CPU here) while PostgreSQL stores chunk k;
    // one query in flight at a time on the transaction's connection.
    let pending: Promise<{ id: string; network: string; externalId: string }[]> | null = null;
    for (let offset = 0; offset < input.payloads.length; offset += CHUNK) {
      const chunk: NormalizedPost[] = [];
      for (let i = offset; i < Math.min(offset + CHUNK, input.payloads.length); i++) {
        const post = prepare(input.payloads[i], i);
        if (post) chunk.push(post);
      }
      posts.push(...chunk);
      if (pending) inserted.push(...(await pending));
      pending = insertPosts(client, { activationId: input.activationId, sourceId: input.sourceId, ingestedAt: now, posts: chunk });
    }
    if (pending) inserted.push(...(await pending));
    deletedIds = await tombstonePosts(client, { activationId: input.activationId, sourceId: input.sourceId, at: now, targets: deletes });
    editedPosts = await applyPostEdits(client, {
      activationId: input.activationId,
      sourceId: input.sourceId,
      at: now,
      edits: edits.map((edit) => {
        const text = sanitizeText(edit.text, edit.html);
        return { network: edit.network, externalId: edit.externalId, text, contentHash: contentHash(text) };
      }),
    });
    if (deadLettered.length) {
      await client.query(
        `INSERT INTO "DeadLetter" ("activationId", "sourceId", "payload", "reason", "receivedAt")
         SELECT $1::uuid, $2::uuid, t.payload::json, t.reason, $3 FROM unnest($4::text[], $5::text[]) AS t(payload, reason)`,
        [input.activationId, input.sourceId, now, deadLettered.map((d) => safeJson(d.payload)), deadLettered.map((d) => d.reason)],
      );
    }
    if (input.sourceId) {
      await client.query(
        `UPDATE "Source" SET "cursor" = COALESCE($2, "cursor"), "itemsTotal" = "itemsTotal" + $3,
           "lastItemAt" = CASE WHEN $3 > 0 THEN $4 ELSE "lastItemAt" END, "updatedAt" = $4 WHERE id = $1`,
        [input.sourceId, input.cursor ?? null, inserted.length, now],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }

  // After COMMIT only: announce, then hand to enrichment.
  const byKey = new Map(posts.map((post) => [`${post.network}\u0000${post.externalId}`, post]));
  const feedPosts: FeedPost[] = inserted.map((row) => toFeedPost(row, byKey.get(`${row.network}\u0000${row.externalId}`)!, input.sourceId, now));
  announceFeed(input.activationId, { posts: feedPosts, deleted: deletedIds, edited: editedPosts });
  // Posts deleted at their source take their published reports off the public map (lib/publish listens).
  if (deletedIds.length) await notifyPostsDeleted({ activationId: input.activationId, postIds: deletedIds });
  if (inserted.length) await notifyPostsStored({ activationId: input.activationId, postIds: inserted.map((row) => BigInt(row.id)) });

  return {
    received: input.payloads.length,
    stored: inserted.length,
    duplicates: posts.length - inserted.length,
    filtered,
    deadLettered: deadLettered.map(({ index, reason }) => ({ index, reason })),
    deleted: deletedIds.length,
    edited: editedPosts.length,
    storedIds: inserted.map((row) => row.id),
  };
}

function safeJson(payload: unknown): string {
  try {
    return JSON.stringify(payload ?? null) ?? "null";
  } catch {
    return JSON.stringify(String(payload));
  }
}

function toFeedPost(row: { id: string }, post: NormalizedPost, sourceId: string | null, ingestedAt: Date): FeedPost {
  return {
    id: row.id,
    sourceId,
    network: post.network,
    externalId: post.externalId,
    url: post.url,
    authorHandle: post.authorHandle,
    authorName: post.authorName,
    text: post.text,
    lang: post.lang,
    postedAt: post.postedAt.toISOString(),
    ingestedAt: ingestedAt.toISOString(),
    media: post.media,
    geo: post.geoLat !== null && post.geoLon !== null ? { lat: post.geoLat, lon: post.geoLon } : null,
    repostOf: post.repostOf,
    deleted: false,
    edited: false,
    understanding: null,
  };
}
