import { z } from "zod";
import type { SessionUser } from "../auth/session-user";
import { requireTriageAccess } from "./require-triage-access";
import { mutate } from "../db/mutate";
import { labelPost } from "../enrich/label-post";
import { postIdSchema } from "../ingest/post-id";
import { announceClaims } from "./announce-claims";
import { expandToStories } from "./expand-to-stories";

const inputSchema = z.object({
  postIds: z.array(postIdSchema).min(1).max(500),
  state: z.enum(["DISCARDED", "HANDLED", "OPEN"]),
});

/**
 * Takes posts out of the queue (or puts them back): "discard as noise" also
 * teaches the model that they are not relevant; "handled" means seen, nothing
 * more to do. Their claims are released. One action for one post or a
 * selection (bulk).
 */
export async function setTriageState(actor: SessionUser, activationId: string, input: unknown): Promise<number> {
  await requireTriageAccess(actor, activationId);
  const { postIds, state } = inputSchema.parse(input);
  if (state === "DISCARDED") for (const postId of postIds) await labelPost(actor, activationId, postId, { relevant: false });
  let ids = postIds.map(BigInt);
  // State and claims change in one transaction: a post is never handled yet still held.
  const changed = await mutate(actor, async ({ tx, audit }) => {
    if (state !== "OPEN") ids = await expandToStories(tx, activationId, ids);
    const result = await tx.postEnrichment.updateMany({
      where: { activationId, postId: { in: ids } },
      data: { triage: state, triagedById: state === "OPEN" ? null : actor.id, triagedAt: state === "OPEN" ? null : new Date() },
    });
    await tx.postClaim.deleteMany({ where: { activationId, postId: { in: ids } } });
    await audit({ action: `post.triage.${state.toLowerCase()}`, entity: "Post", entityId: postIds.join(",").slice(0, 190), activationId, after: { postIds, state } });
    return result.count;
  });
  announceClaims(activationId, { claimed: [], released: ids.map(String) });
  return changed;
}
