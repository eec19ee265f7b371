import type { ActivationStatus } from "../db/generated/enums";

/**
 * Later issues plug in here (ingestion starts on ACTIVE and stops on PAUSED or
 * CLOSED). Listeners run after the status change has committed; kept on
 * globalThis because the custom server and Next's bundle are separate module
 * graphs in one process.
 */
export type StatusChange = { activationId: string; from: ActivationStatus; to: ActivationStatus };
type Listener = (change: StatusChange) => void | Promise<void>;

const holder = globalThis as unknown as { __vigieStatusListeners?: Set<Listener> };

function listeners(): Set<Listener> {
  holder.__vigieStatusListeners ??= new Set();
  return holder.__vigieStatusListeners;
}

export function onActivationStatusChange(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export async function notifyStatusChange(change: StatusChange): Promise<void> {
  for (const listener of listeners()) {
    try {
      await listener(change);
    } catch (error) {
      // A failing hook (say, a connector that cannot start) must not undo the decision.
      console.error(`activation status hook failed for ${change.activationId}`, error);
    }
  }
}
