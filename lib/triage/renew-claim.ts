import type { SessionUser } from "../auth/session-user";
import { requireTriageAccess } from "./require-triage-access";
import { pgPool } from "../db/pg-pool";
import { AppError } from "../errors";
import { parsePostId } from "../ingest/post-id";
import { CLAIM_LEASE_SECONDS } from "./claim-lease";

/** Keeps the caller's lease alive while the post is open; a lease already lost (expired and taken) is said so. */
export async function renewClaim(actor: SessionUser, activationId: string, postId: string): Promise<Date> {
  await requireTriageAccess(actor, activationId);
  const result = await pgPool().query<{ expiresAt: Date }>(
    `UPDATE "PostClaim" SET "expiresAt" = now() + make_interval(secs => $4)
     WHERE "postId" = $1::bigint AND "activationId" = $2 AND "userId" = $3 RETURNING "expiresAt"`,
    [parsePostId(postId).toString(), activationId, actor.id, CLAIM_LEASE_SECONDS],
  );
  if (!result.rows[0]) throw new AppError("CONFLICT", "claim_lost");
  return result.rows[0].expiresAt;
}
