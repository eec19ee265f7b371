import { db } from "../db/client";
import type { ActivationEventEnvelope } from "./events";

const PAGE = 500;

/** Events of an activation after `sinceSeq`, for a client that reconnects; at most one page. */
export async function listMissedEvents(activationId: string, sinceSeq: number): Promise<{ events: ActivationEventEnvelope[]; latestSeq: number; complete: boolean }> {
  const [rows, activation] = await Promise.all([
    db().activationEvent.findMany({
      where: { activationId, seq: { gt: sinceSeq } },
      orderBy: { seq: "asc" },
      take: PAGE,
    }),
    db().activation.findUnique({ where: { id: activationId }, select: { eventSeq: true } }),
  ]);
  const latestSeq = activation?.eventSeq ?? 0;
  const events = rows.map((row) => ({ activationId, seq: row.seq, type: row.type, payload: row.payload }));
  const lastSent = events.at(-1)?.seq ?? sinceSeq;
  return { events, latestSeq, complete: lastSent >= latestSeq };
}

export async function latestEventSeq(activationId: string): Promise<number> {
  const activation = await db().activation.findUnique({ where: { id: activationId }, select: { eventSeq: true } });
  return activation?.eventSeq ?? 0;
}
