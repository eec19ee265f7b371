import { pgPool } from "../db/pg-pool";
import { enrichStoredPosts } from "./enrich-stored-posts";

/**
 * After volunteers' labels, the newest unlabelled posts are scored again with
 * what the model just learned, so corrections visibly change the feed.
 * Debounced: a volunteer labelling ten posts in a row costs one pass.
 */
const DELAY_MS = 1500;
const RECENT = 300;
const holder = globalThis as unknown as { __vigieRefreshTimers?: Map<string, NodeJS.Timeout> };

export function refreshRecentPosts(activationId: string): void {
  holder.__vigieRefreshTimers ??= new Map();
  const timers = holder.__vigieRefreshTimers;
  clearTimeout(timers.get(activationId));
  const timer = setTimeout(() => {
    timers.delete(activationId);
    void rescore(activationId).catch((error: unknown) => console.error("[enrich] refresh failed", error));
  }, DELAY_MS);
  timer.unref();
  timers.set(activationId, timer);
}

async function rescore(activationId: string): Promise<void> {
  const rows = await pgPool().query<{ id: string }>(
    `SELECT p.id::text FROM "Post" p LEFT JOIN "PostEnrichment" e ON e."postId" = p.id
     WHERE p."activationId" = $1 AND p."deletedAt" IS NULL AND e.labelled IS NOT TRUE ORDER BY p.id DESC LIMIT $2`,
    [activationId, RECENT],
  );
  await enrichStoredPosts(activationId, rows.rows.map((row) => BigInt(row.id)));
}
