import type { Server } from "socket.io";
import { findPublicActivation } from "../public-map/find-public-activation";
import { publicRoom } from "./events";

/**
 * The read-only `/public` namespace: no login; a viewer names the public map it watches
 * (`auth: { slug }` or `?slug=`) and joins its room only while that map is enabled. It accepts
 * no client events: everything sent here was built from public, redacted fields (lib/public-map).
 */
export function attachPublicNamespace(io: Server): void {
  const publicNamespace = io.of("/public");
  publicNamespace.use(async (socket, next) => {
    try {
      const fromAuth = (socket.handshake.auth as { slug?: unknown } | undefined)?.slug;
      const slug = typeof fromAuth === "string" ? fromAuth : socket.handshake.query.slug;
      const activation = typeof slug === "string" ? await findPublicActivation(slug) : null;
      if (!activation) return next(new Error("not_found"));
      (socket.data as { publicActivationId?: string }).publicActivationId = activation.id;
      next();
    } catch {
      next(new Error("not_found"));
    }
  });
  publicNamespace.on("connection", (socket) => {
    const activationId = (socket.data as { publicActivationId?: string }).publicActivationId;
    if (activationId) void socket.join(publicRoom(activationId));
    // Read-only: the public namespace accepts no client events.
    socket.onAny(() => undefined);
  });
}
