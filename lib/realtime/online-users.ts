import type { Server } from "socket.io";
import { userRoom } from "./events";
import type { SocketData } from "./socket-data";

/**
 * Which of some users have a socket open now, for domain code that must say
 * "nobody is there to see it" (escalations). Read from the sockets themselves
 * like presence; the socket server registers itself here. On globalThis: the
 * server and Next's bundle are separate module graphs in one process.
 */
const holder = globalThis as unknown as { __vigieOnlineIo?: Server | null };

export function registerOnlineUsers(io: Server): () => void {
  holder.__vigieOnlineIo = io;
  return () => {
    if (holder.__vigieOnlineIo === io) holder.__vigieOnlineIo = null;
  };
}

export async function onlineUsers(userIds: string[]): Promise<string[]> {
  const io = holder.__vigieOnlineIo;
  if (!io || userIds.length === 0) return [];
  const sockets = await io.in(userIds.map(userRoom)).fetchSockets();
  return [...new Set(sockets.map((socket) => (socket.data as SocketData).user?.id).filter((id): id is string => Boolean(id)))];
}
