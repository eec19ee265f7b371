import { db } from "../db/client";

export type DeadLetterRow = { id: string; sourceName: string | null; reason: string; payload: string; receivedAt: Date };

/** Unresolved dead letters of an activation, newest first. Callers check read access. */
export async function listDeadLetters(activationId: string, limit = 50): Promise<DeadLetterRow[]> {
  const rows = await db().deadLetter.findMany({
    where: { activationId, resolvedAt: null },
    include: { source: { select: { name: true } } },
    orderBy: { id: "desc" },
    take: limit,
  });
  return rows.map((row) => ({ id: row.id.toString(), sourceName: row.source?.name ?? null, reason: row.reason, payload: JSON.stringify(row.payload, null, 2), receivedAt: row.receivedAt }));
}
