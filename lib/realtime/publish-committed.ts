import type { Server } from "socket.io";
import type { CommittedEvent } from "../db/mutate";
import { activationRoom, userRoom } from "./events";

// Leave time for the revocation message to reach the browser before the socket closes.
const REVOKE_DISCONNECT_DELAY_MS = 250;

/** Sends events to their rooms once their transaction has committed. */
export function publishCommitted(io: Server, events: CommittedEvent[]): void {
  for (const event of events) {
    if (event.scope === "activation") {
      const { activationId, seq, type, payload } = event;
      io.to(activationRoom(activationId)).emit("activation:event", { activationId, seq, type, payload });
      continue;
    }
    io.to(userRoom(event.userId)).emit(event.type as "session:revoked", event.payload as { reason: string });
    if (event.type === "session:revoked") {
      setTimeout(() => io.in(userRoom(event.userId)).disconnectSockets(true), REVOKE_DISCONNECT_DELAY_MS);
    }
  }
}
