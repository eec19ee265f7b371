import type { Tx } from "../db/client";

/**
 * A post stands for its story in the queue: handling it (a report, an
 * attachment, "handled", "discarded") handles its copies still open too, so
 * nobody re-reads the same repost. Returns the given ids plus those copies.
 */
export async function expandToStories(tx: Tx, activationId: string, postIds: bigint[]): Promise<bigint[]> {
  if (postIds.length === 0) return postIds;
  const stories = await tx.postEnrichment.findMany({ where: { activationId, postId: { in: postIds }, storyId: { not: null } }, select: { storyId: true } });
  const storyIds = [...new Set(stories.map((s) => s.storyId!))];
  if (storyIds.length === 0) return postIds;
  const copies = await tx.postEnrichment.findMany({ where: { activationId, storyId: { in: storyIds }, triage: "OPEN" }, select: { postId: true } });
  return [...new Set([...postIds, ...copies.map((c) => c.postId)])];
}
