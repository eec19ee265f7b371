import { pgPool } from "../db/pg-pool";
import { onPostsStored } from "../ingest/post-hooks";
import { enrichStoredPosts } from "./enrich-stored-posts";

/**
 * Enrichment runs beside ingestion, never in its way: stored posts are queued
 * (the ingestion transaction is already committed) and enriched in small
 * slices, yielding to the event loop between slices so requests and sockets
 * stay responsive. Nothing is lost to a crash: what was stored but not yet
 * enriched is found again by the sweep, at start and every minute.
 */
const SLICE = 250;
const SWEEP_MS = 60_000;

type Queue = { pending: Map<string, bigint[]>; draining: boolean; idle: Promise<void>; resolveIdle: () => void };
const holder = globalThis as unknown as { __vigieEnrichQueue?: Queue };

function queue(): Queue {
  if (!holder.__vigieEnrichQueue) {
    const q = { pending: new Map(), draining: false } as Queue;
    q.idle = Promise.resolve();
    q.resolveIdle = () => undefined;
    holder.__vigieEnrichQueue = q;
  }
  return holder.__vigieEnrichQueue;
}

export function startEnrichment(): () => void {
  const unsubscribe = onPostsStored((batch) => enqueueEnrichment(batch.activationId, batch.postIds));
  const sweep = () => void sweepUnenriched().catch((error: unknown) => console.error("[enrich] sweep failed", error));
  sweep();
  const timer = setInterval(sweep, SWEEP_MS);
  timer.unref();
  return () => {
    unsubscribe();
    clearInterval(timer);
  };
}

export function enqueueEnrichment(activationId: string, postIds: bigint[]): void {
  if (postIds.length === 0) return;
  const q = queue();
  q.pending.set(activationId, [...(q.pending.get(activationId) ?? []), ...postIds]);
  if (!q.draining) {
    q.draining = true;
    q.idle = new Promise((resolve) => (q.resolveIdle = resolve));
    setImmediate(() => void drain());
  }
}

/** Resolves once everything queued so far is enriched (tests, shutdown). */
export function enrichmentIdle(): Promise<void> {
  return queue().idle;
}

async function drain(): Promise<void> {
  const q = queue();
  while (q.pending.size > 0) {
    const [activationId, ids] = q.pending.entries().next().value as [string, bigint[]];
    const slice = ids.splice(0, SLICE);
    if (ids.length === 0) q.pending.delete(activationId);
    try {
      await enrichStoredPosts(activationId, slice);
    } catch (error) {
      // Left unenriched: the next sweep finds them again.
      console.error(`[enrich] ${slice.length} post(s) of ${activationId} not enriched:`, error instanceof Error ? error.message : error);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  q.draining = false;
  q.resolveIdle();
}

/** Posts of open activations stored without an enrichment (a crash between the two, a failed slice). */
export async function sweepUnenriched(limit = 5000): Promise<number> {
  const rows = await pgPool().query<{ activationId: string; id: string }>(
    `SELECT p."activationId", p.id::text FROM "Post" p
     JOIN "Activation" a ON a.id = p."activationId" AND a.status IN ('ACTIVE', 'PAUSED')
     WHERE p."deletedAt" IS NULL AND p."text" <> '' AND NOT EXISTS (SELECT 1 FROM "PostEnrichment" e WHERE e."postId" = p.id)
     ORDER BY p.id DESC LIMIT $1`,
    [limit],
  );
  const byActivation = new Map<string, bigint[]>();
  for (const row of rows.rows) byActivation.set(row.activationId, [...(byActivation.get(row.activationId) ?? []), BigInt(row.id)]);
  for (const [activationId, ids] of byActivation) enqueueEnrichment(activationId, ids.reverse());
  return rows.rows.length;
}
