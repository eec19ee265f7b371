import { pgPool } from "../db/pg-pool";

/**
 * Which of these network ids the activation has stored (deleted ones too).
 * Firehose connectors see every deletion and edit of the whole network; they
 * keep only those that concern a stored post, in one query per batch.
 */
export async function knownExternalIds(activationId: string, network: string, externalIds: string[]): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set();
  const result = await pgPool().query<{ externalId: string }>(
    `SELECT "externalId" FROM "Post" WHERE "activationId" = $1 AND "network" = $2 AND "externalId" = ANY($3::text[]) AND "deletedAt" IS NULL`,
    [activationId, network, externalIds],
  );
  return new Set(result.rows.map((row) => row.externalId));
}
