import { db, type Tx } from "./client";
import { announceCommitted, type CommittedEvent } from "./committed-events";
import { Prisma } from "./generated/client";

/**
 * Every mutation runs through `mutate`: one transaction in which the domain
 * code writes its rows, its audit entries and its live events. Events get a
 * per-activation sequence number inside the transaction and are handed to the
 * realtime layer only after COMMIT, so a client never sees an event for data
 * that was rolled back.
 */
export type Actor = { id: string } | null;

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string;
  activationId?: string | null;
  before?: unknown;
  after?: unknown;
};

export type { CommittedEvent } from "./committed-events";

export type MutationContext = {
  tx: Tx;
  audit: (entry: AuditEntry) => Promise<void>;
  /** A sequenced event for everyone in the activation's room (stored for replay). */
  emitToActivation: (activationId: string, type: string, payload: unknown) => Promise<number>;
  /** An event for one user's open sockets (not stored). */
  emitToUser: (userId: string, type: string, payload: unknown) => void;
  /** An event for the activation's public map viewers (not stored): only public, redacted fields. */
  emitPublic: (activationId: string, type: string, payload: unknown) => void;
};

export { onCommittedEvents } from "./committed-events";

/**
 * Prisma closes an interactive transaction after 5 s by default. A mutation that must hold its
 * row locks while it waits for a remote server (a relay publication) asks for longer here.
 */
export type MutateOptions = { timeoutMs?: number; maxWaitMs?: number };

export async function mutate<T>(actor: Actor, work: (ctx: MutationContext) => Promise<T>, options: MutateOptions = {}): Promise<T> {
  const events: CommittedEvent[] = [];
  const transactionOptions = {
    ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
    ...(options.maxWaitMs !== undefined ? { maxWait: options.maxWaitMs } : {}),
  };
  const result = await db().$transaction(async (tx) => {
    const ctx: MutationContext = {
      tx,
      audit: async (entry) => {
        await tx.auditLog.create({
          data: {
            actorId: actor?.id ?? null,
            action: entry.action,
            entity: entry.entity,
            entityId: entry.entityId,
            activationId: entry.activationId ?? null,
            before: toJson(entry.before),
            after: toJson(entry.after),
          },
        });
      },
      emitToActivation: async (activationId, type, payload) => {
        const { eventSeq } = await tx.activation.update({
          where: { id: activationId },
          data: { eventSeq: { increment: 1 } },
          select: { eventSeq: true },
        });
        await tx.activationEvent.create({
          data: { activationId, seq: eventSeq, type, payload: toJson(payload) ?? {} },
        });
        events.push({ scope: "activation", activationId, seq: eventSeq, type, payload });
        return eventSeq;
      },
      emitToUser: (userId, type, payload) => {
        events.push({ scope: "user", userId, type, payload });
      },
      emitPublic: (activationId, type, payload) => {
        events.push({ scope: "public", activationId, type, payload });
      },
    };
    return work(ctx);
  }, transactionOptions);
  announceCommitted(events);
  return result;
}

function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull | undefined {
  if (value === undefined) return undefined;
  if (value === null) return Prisma.JsonNull;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
