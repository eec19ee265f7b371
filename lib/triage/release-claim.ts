import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { pgPool } from "../db/pg-pool";
import { announceClaims } from "./announce-claims";
import { parsePostId } from "../ingest/post-id";

/**
 * Lets a post go back to the queue: the holder releases their own claim; a
 * coordinator may release anyone's (a volunteer gone without closing the tab).
 */
export async function releaseClaim(actor: SessionUser, activationId: string, postId: string): Promise<boolean> {
  const access = await requireActivationCapability(actor, activationId, "triage");
  const anyone = access.capabilities.has("coordinate");
  const result = await pgPool().query(`DELETE FROM "PostClaim" WHERE "postId" = $1::bigint AND "activationId" = $2 AND ($3 OR "userId" = $4)`, [parsePostId(postId).toString(), activationId, anyone, actor.id]);
  if (result.rowCount) announceClaims(activationId, { claimed: [], released: [postId] });
  return (result.rowCount ?? 0) > 0;
}
