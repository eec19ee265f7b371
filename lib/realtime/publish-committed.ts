import type { Server } from "socket.io";
import type { CommittedEvent } from "../db/mutate";
import { activationRoom, publicRoom, userRoom, type UserEventName, type VolatileEventName } from "./events";

// Leave time for the revocation message to reach the browser before the socket closes.
const REVOKE_DISCONNECT_DELAY_MS = 250;

/** Sends events to their rooms once their transaction has committed. */
export function publishCommitted(io: Server, events: CommittedEvent[]): void {
  for (const event of events) {
    if (event.scope === "volatile") {
      // Volatile: a client that misses these catches up through the feed's HTTP query.
      io.to(activationRoom(event.activationId)).emit(event.type as VolatileEventName, event.payload as never);
      continue;
    }
    if (event.scope === "public") {
      // Read-only public namespace: payloads were built from public fields only (lib/public-map).
      const room = io.of("/public").to(publicRoom(event.activationId));
      room.emit(event.type, event.payload);
      if (event.type === "public:closed") setTimeout(() => io.of("/public").in(publicRoom(event.activationId)).disconnectSockets(true), REVOKE_DISCONNECT_DELAY_MS);
      continue;
    }
    if (event.scope === "activation") {
      const { activationId, seq, type, payload } = event;
      io.to(activationRoom(activationId)).emit("activation:event", { activationId, seq, type, payload });
      continue;
    }
    // Payloads are typed where they are produced (domain code); the room only relays them.
    io.to(userRoom(event.userId)).emit(event.type as UserEventName, event.payload as never);
    if (event.type === "session:revoked") {
      setTimeout(() => io.in(userRoom(event.userId)).disconnectSockets(true), REVOKE_DISCONNECT_DELAY_MS);
    }
  }
}
