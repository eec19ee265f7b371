import { pgPool } from "../db/pg-pool";

export type SourceRecord = { confirmed: number; false: number };

/**
 * How far an account can be trusted in this activation: how many of its
 * posts ended in CONFIRMED reports, and how many in FALSE ones (a post in
 * several reports counts once per outcome). Shown next to its posts.
 */
export async function getSourceReliability(activationId: string, authors: { network: string; handle: string }[]): Promise<Map<string, SourceRecord>> {
  const wanted = authors.filter((a) => a.handle);
  if (wanted.length === 0) return new Map();
  const rows = await pgPool().query<{ network: string; handle: string; confirmed: string; false: string }>(
    `SELECT p.network, p."authorHandle" AS handle,
            count(DISTINCT p.id) FILTER (WHERE r.status = 'CONFIRMED') AS confirmed,
            count(DISTINCT p.id) FILTER (WHERE r.status = 'FALSE') AS false
     FROM "ReportPost" rp
     JOIN "Report" r ON r.id = rp."reportId" AND r."activationId" = $1 AND r.status IN ('CONFIRMED', 'FALSE')
     JOIN "Post" p ON p.id = rp."postId"
     WHERE (p.network, p."authorHandle") IN (SELECT * FROM unnest($2::text[], $3::text[]))
     GROUP BY p.network, p."authorHandle"`,
    [activationId, wanted.map((a) => a.network), wanted.map((a) => a.handle)],
  );
  return new Map(rows.rows.map((row) => [sourceKey(row.network, row.handle), { confirmed: Number(row.confirmed), false: Number(row.false) }]));
}

export function sourceKey(network: string, handle: string): string {
  return `${network}\u0000${handle}`;
}
