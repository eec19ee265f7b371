import type { Server } from "socket.io";
import { getActivationAccess } from "../activation/get-activation-access";
import { loadSessionUser } from "../auth/session-user";
import { clock } from "../clock";
import { broadcastPresence } from "./presence";
import type { SocketData } from "./socket-data";

/**
 * Access can end while a socket is open (an authority's window closes, a grant
 * expires, a member is removed). Every sweep re-checks each socket's rooms and
 * takes it out of those it may no longer read, so expired access is refused on
 * sockets too, not only at join time. A socket whose session token has expired
 * is closed with `session:expired`: the page reconnects with its current
 * cookie (renewed while the user was active) or, failing that, goes to login.
 */
export async function sweepExpiredAccess(io: Server): Promise<number> {
  let removed = 0;
  const sockets = await io.fetchSockets();
  const touched = new Set<string>();
  for (const socket of sockets) {
    const { user, sessionExpiresAt } = socket.data as SocketData;
    if (!user) continue;
    if (sessionExpiresAt !== undefined && sessionExpiresAt <= clock().now().getTime()) {
      socket.emit("session:expired");
      socket.disconnect(true);
      continue;
    }
    const fresh = await loadSessionUser({ uid: user.id, sv: user.sessionVersion });
    if (!fresh) {
      socket.emit("session:revoked", { reason: "session_ended" });
      socket.disconnect(true);
      continue;
    }
    for (const room of socket.rooms) {
      if (!room.startsWith("activation:")) continue;
      const activationId = room.slice("activation:".length);
      const allowed = await getActivationAccess(fresh, activationId).then(() => true, () => false);
      if (allowed) continue;
      socket.leave(room);
      socket.emit("activation:access-ended", { activationId });
      touched.add(activationId);
      removed++;
    }
  }
  for (const activationId of touched) await broadcastPresence(io, activationId);
  return removed;
}

export function startAccessSweep(io: Server, intervalMs = 30_000): () => void {
  const timer = setInterval(() => void sweepExpiredAccess(io).catch((error: unknown) => console.error("[realtime] access sweep failed", error)), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
