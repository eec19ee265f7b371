import type { SessionUser } from "../auth/session-user";
import { requireTriageAccess } from "./require-triage-access";
import { pgPool } from "../db/pg-pool";
import { AppError } from "../errors";
import { CLAIM_LEASE_SECONDS } from "./claim-lease";

/** Keeps the caller's lease alive while the post is open; a lease already lost (expired and taken) is said so. */
export async function renewClaim(actor: SessionUser, activationId: string, postId: string): Promise<Date> {
  await requireTriageAccess(actor, activationId);
  const result = await pgPool().query<{ expiresAt: Date }>(
    `UPDATE "PostClaim" SET "expiresAt" = now() + make_interval(secs => $4)
     WHERE "postId" = $1::bigint AND "activationId" = $2 AND "userId" = $3 RETURNING "expiresAt"`,
    [postIdParam(postId), activationId, actor.id, CLAIM_LEASE_SECONDS],
  );
  if (!result.rows[0]) throw new AppError("CONFLICT", "claim_lost");
  return result.rows[0].expiresAt;
}

export function postIdParam(value: string): string {
  if (!/^\d{1,19}$/.test(value)) throw new AppError("NOT_FOUND", "post_not_found");
  return value;
}
