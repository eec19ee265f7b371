import { db } from "../db/client";

/** A relay message as the public map and the authority's dashboard show it: public fields only. */
export type RelayInForce = { id: string; kind: "SAFETY" | "REBUTTAL" | "SOLIDARITY" | "INITIATIVE"; title: string; body: string; link: string | null; hashtags: string[]; publishedAt: Date };

/**
 * The messages in force: published, not withdrawn, marked for the public map. Newest first.
 * No author, approver, rumour or report: these fields are safe for a page without login.
 */
export async function listRelayInForce(activationId: string): Promise<RelayInForce[]> {
  const rows = await db().relayMessage.findMany({
    where: { activationId, status: "PUBLISHED", showOnPublicMap: true, withdrawnAt: null, publishedAt: { not: null } },
    orderBy: { publishedAt: "desc" },
    select: { id: true, kind: true, title: true, body: true, link: true, hashtags: true, publishedAt: true },
  });
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}
