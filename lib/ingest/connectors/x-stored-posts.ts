import { db } from "../../db/client";

/**
 * Which of these X post ids this activation has stored (and not deleted): the
 * compliance stream carries the deletions and edits of the whole network, and
 * only those of stored posts are worth a delivery (a deletion of an unknown
 * post would otherwise leave a tombstone row behind).
 */
export async function storedXPostIds(activationId: string, externalIds: string[]): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set();
  const rows = await db().post.findMany({
    where: { activationId, network: "x", externalId: { in: [...new Set(externalIds)] }, deletedAt: null },
    select: { externalId: true },
  });
  return new Set(rows.map((row) => row.externalId));
}
