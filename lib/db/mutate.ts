import { db, type Tx } from "./client";
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

export type ActivationEventOut = { scope: "activation"; activationId: string; seq: number; type: string; payload: unknown };
export type UserEventOut = { scope: "user"; userId: string; type: string; payload: unknown };
export type CommittedEvent = ActivationEventOut | UserEventOut;

export type MutationContext = {
  tx: Tx;
  audit: (entry: AuditEntry) => Promise<void>;
  /** A sequenced event for everyone in the activation's room (stored for replay). */
  emitToActivation: (activationId: string, type: string, payload: unknown) => Promise<number>;
  /** An event for one user's open sockets (not stored). */
  emitToUser: (userId: string, type: string, payload: unknown) => void;
};

type CommitListener = (events: CommittedEvent[]) => void;
const holder = globalThis as unknown as { __vigieCommitListeners?: Set<CommitListener> };

function listeners(): Set<CommitListener> {
  holder.__vigieCommitListeners ??= new Set();
  return holder.__vigieCommitListeners;
}

/** The realtime layer subscribes here; returns an unsubscribe function. */
export function onCommittedEvents(listener: CommitListener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export async function mutate<T>(actor: Actor, work: (ctx: MutationContext) => Promise<T>): Promise<T> {
  const events: CommittedEvent[] = [];
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
    };
    return work(ctx);
  });
  for (const listener of listeners()) {
    try {
      listener(events);
    } catch (error) {
      console.error("realtime listener failed", error);
    }
  }
  return result;
}

function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull | undefined {
  if (value === undefined) return undefined;
  if (value === null) return Prisma.JsonNull;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
