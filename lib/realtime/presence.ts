import type { Server } from "socket.io";
import { activationRoom, type PresenceUser } from "./events";
import type { SocketData } from "./socket-data";

/**
 * Who is in an activation's room right now, one entry per user however many
 * tabs they have. Read from the sockets themselves (never the database);
 * fetchSockets also works across processes once an adapter is plugged in.
 */
export async function roomPresence(io: Server, activationId: string): Promise<PresenceUser[]> {
  const sockets = await io.in(activationRoom(activationId)).fetchSockets();
  const byUser = new Map<string, PresenceUser>();
  for (const socket of sockets) {
    const user = (socket.data as SocketData).user;
    if (user) byUser.set(user.id, { userId: user.id, name: user.name, role: user.role });
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name, "fr"));
}

export async function broadcastPresence(io: Server, activationId: string): Promise<void> {
  const users = await roomPresence(io, activationId);
  io.to(activationRoom(activationId)).emit("presence:update", { activationId, users });
}
