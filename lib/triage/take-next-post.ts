import type { SessionUser } from "../auth/session-user";
import { requireTriageAccess } from "./require-triage-access";
import { pgPool } from "../db/pg-pool";
import { CLAIM_LEASE_SECONDS } from "./claim-lease";
import { announceClaims } from "./announce-claims";
import { queueFilterSql, queueFiltersSchema } from "./queue-filters";

/**
 * "Take next": the highest-priority open post nobody holds, claimed for the
 * caller in one statement. The candidate row is locked with SKIP LOCKED, so
 * concurrent callers walk past each other instead of waiting; the claim is an
 * upsert that only replaces an expired lease, so even a caller working from
 * an older snapshot cannot take a post someone holds (it gets nothing and
 * tries again). The caller's previous claims in the activation are released:
 * one post at a time. A story's copies are not given separately: its oldest
 * open post stands for it. Works across app processes: the leases live in PostgreSQL.
 */
export async function takeNextPost(actor: SessionUser, activationId: string, rawFilters: unknown = {}): Promise<{ postId: string; expiresAt: Date } | null> {
  await requireTriageAccess(actor, activationId);
  const filters = queueFiltersSchema.parse(rawFilters);
  const extra = queueFilterSql(filters, 4);
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = await pgPool().query<{ postId: string; expiresAt: Date; released: string[] }>(
      `WITH released AS (
         DELETE FROM "PostClaim" WHERE "activationId" = $1 AND "userId" = $2 RETURNING "postId"
       ), candidate AS (
         SELECT e."postId" FROM "PostEnrichment" e
         JOIN "Post" p ON p.id = e."postId" AND p."deletedAt" IS NULL
         WHERE e."activationId" = $1 AND e.triage = 'OPEN' AND e.category <> 'NOT_RELEVANT'
           -- Held by someone, or just let go by the caller ("next" means another one).
           AND NOT EXISTS (SELECT 1 FROM "PostClaim" c WHERE c."postId" = e."postId" AND (c."expiresAt" > now() OR c."userId" = $2))
           -- One post per story: its oldest open one stands for its copies.
           AND (e."storyId" IS NULL OR NOT EXISTS (
             SELECT 1 FROM "PostEnrichment" s WHERE s."activationId" = $1 AND s."storyId" = e."storyId" AND s.triage = 'OPEN' AND s."postId" < e."postId"))${extra.sql}
         ORDER BY e.priority DESC, e."postId" DESC
         LIMIT 1
         FOR UPDATE OF e SKIP LOCKED
       ), claimed AS (
         INSERT INTO "PostClaim" ("postId", "activationId", "userId", "claimedAt", "expiresAt")
         SELECT "postId", $1, $2, now(), now() + make_interval(secs => $3) FROM candidate
         ON CONFLICT ("postId") DO UPDATE SET "userId" = EXCLUDED."userId", "claimedAt" = EXCLUDED."claimedAt", "expiresAt" = EXCLUDED."expiresAt"
           WHERE "PostClaim"."expiresAt" <= now()
         RETURNING "postId", "expiresAt"
       )
       SELECT (SELECT "postId"::text FROM claimed) AS "postId", (SELECT "expiresAt" FROM claimed) AS "expiresAt",
              (SELECT COALESCE(array_agg("postId"::text), '{}') FROM released) AS released,
              (SELECT count(*) FROM candidate) AS candidates`,
      [activationId, actor.id, CLAIM_LEASE_SECONDS, ...extra.params],
    );
    const row = result.rows[0] as { postId: string | null; expiresAt: Date | null; released: string[]; candidates: string };
    if (row.postId) {
      announceClaims(activationId, { claimed: [{ postId: row.postId, userId: actor.id, userName: actor.name, expiresAt: row.expiresAt!.toISOString() }], released: row.released.filter((id) => id !== row.postId) });
      return { postId: row.postId, expiresAt: row.expiresAt! };
    }
    if (row.released.length) announceClaims(activationId, { claimed: [], released: row.released });
    // No candidate at all: the queue is empty for these filters. A candidate that could not be
    // claimed was taken meanwhile by someone whose commit we did not see yet: look again.
    if (Number(row.candidates) === 0) return null;
  }
  return null;
}
