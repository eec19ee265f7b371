/**
 * The bus between committed writes and the realtime layer: whoever commits
 * (mutate(), or the bulk ingestion path) announces its events here after
 * COMMIT; the socket server subscribes and relays them. On globalThis because
 * the custom server and Next's bundle are separate module graphs in one process.
 */
export type ActivationEventOut = { scope: "activation"; activationId: string; seq: number; type: string; payload: unknown };
/** Live-only news for an activation's room (feed items): not stored, not sequenced. */
export type VolatileEventOut = { scope: "volatile"; activationId: string; type: string; payload: unknown };
export type UserEventOut = { scope: "user"; userId: string; type: string; payload: unknown };
/** News for the activation's public map (the read-only /public namespace): public fields only. */
export type PublicEventOut = { scope: "public"; activationId: string; type: string; payload: unknown };
export type CommittedEvent = ActivationEventOut | VolatileEventOut | UserEventOut | PublicEventOut;

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

export function announceCommitted(events: CommittedEvent[]): void {
  if (events.length === 0) return;
  for (const listener of listeners()) {
    try {
      listener(events);
    } catch (error) {
      console.error("realtime listener failed", error);
    }
  }
}
