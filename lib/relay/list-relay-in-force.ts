import { db } from "../db/client";
import { redactPersonalData } from "../pii/redact-personal-data";

/** A relay message as the public map and the authority's dashboard show it: public fields only. */
export type RelayInForce = { id: string; kind: "SAFETY" | "REBUTTAL" | "SOLIDARITY" | "INITIATIVE"; title: string; body: string; link: string | null; hashtags: string[]; publishedAt: Date };

/**
 * The messages in force: published, not withdrawn, marked for the public map. Newest first.
 * No author, approver, rumour or report: these fields are safe for a page without login.
 * Solidarity calls and local initiatives come from people's posts: any phone, e-mail, address or
 * name left in them is redacted. Official instructions and rebuttals are shown as approved (they
 * carry official hotlines that must stay readable).
 */
export async function listRelayInForce(activationId: string): Promise<RelayInForce[]> {
  const rows = await db().relayMessage.findMany({
    where: { activationId, status: "PUBLISHED", showOnPublicMap: true, withdrawnAt: null, publishedAt: { not: null } },
    orderBy: { publishedAt: "desc" },
    select: { id: true, kind: true, title: true, body: true, link: true, hashtags: true, publishedAt: true },
  });
  return rows.map((row) => {
    const fromPeople = row.kind === "SOLIDARITY" || row.kind === "INITIATIVE";
    return {
      ...row,
      title: fromPeople ? redactPersonalData(row.title) : row.title,
      body: fromPeople ? redactPersonalData(row.body) : row.body,
      publishedAt: row.publishedAt!,
    };
  });
}
