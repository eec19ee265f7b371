import type { Server } from "socket.io";
import { clientIpOf } from "../auth/client-ip";
import { findPublicActivation } from "./find-public-activation";
import { publicRoom } from "../realtime/events";
import { createPublicSocketAdmission } from "./public-socket-admission";

type PublicSocketData = { publicActivationId?: string };

/**
 * The read-only `/public` namespace: no login; a viewer names the public map it watches
 * (`auth: { slug }` or `?slug=`) and joins its room only while that map is enabled. It accepts
 * no client events: everything sent here was built from public, redacted fields (lib/public-map).
 * Connections are limited per client address (public-socket-admission).
 */
/** Returns how many public sockets an address holds (for the operators' and the tests' eyes). */
export function attachPublicNamespace(io: Server, options: { trustProxy: boolean }): { openSockets: (ip: string) => number } {
  const publicNamespace = io.of("/public");
  const admission = createPublicSocketAdmission();
  publicNamespace.use(async (socket, next) => {
    const ip = clientIpOf(socket.handshake.headers["x-forwarded-for"], socket.handshake.address, options.trustProxy);
    const admitted = admission.admit(ip);
    if (!admitted.ok) return next(new Error(admitted.reason));
    // The place is given back however the socket ends: refused below, disconnected later, or its
    // connection dropped while the lookup was running (then Socket.IO never emits "connection").
    socket.conn.once("close", admitted.release);
    socket.once("disconnect", admitted.release);
    try {
      const fromAuth = (socket.handshake.auth as { slug?: unknown } | undefined)?.slug;
      const slug = typeof fromAuth === "string" ? fromAuth : socket.handshake.query.slug;
      const activation = typeof slug === "string" ? await findPublicActivation(slug) : null;
      if (!activation) {
        admitted.release();
        return next(new Error("not_found"));
      }
      (socket.data as PublicSocketData).publicActivationId = activation.id;
      next();
    } catch {
      admitted.release();
      next(new Error("not_found"));
    }
  });
  publicNamespace.on("connection", (socket) => {
    const { publicActivationId: activationId } = socket.data as PublicSocketData;
    if (activationId) void socket.join(publicRoom(activationId));
    // Read-only: the public namespace accepts no client events.
    socket.onAny(() => undefined);
  });
  return { openSockets: admission.openCount };
}
