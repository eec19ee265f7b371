import type { Server as HttpServer } from "node:http";
import { Server, type Socket } from "socket.io";
import { getActivationAccess } from "../activation/get-activation-access";
import { loadSessionUser } from "../auth/session-user";
import { onCommittedEvents } from "../db/mutate";
import { isAppError } from "../errors";
import { activationRoom, userRoom, type ClientToServerEvents, type ServerToClientEvents } from "./events";
import { latestEventSeq, listMissedEvents } from "./missed-events";
import { startAccessSweep } from "./access-sweep";
import { broadcastPresence, roomPresence } from "./presence";
import { publishCommitted } from "./publish-committed";
import { registerOnlineUsers } from "./online-users";
import { handleRecordView, recordLeft } from "./record-presence";
import { joinRequestSchema, syncRequestSchema } from "./schemas";
import { authenticateHandshake } from "./socket-auth";
import type { SocketData } from "./socket-data";

type VigieSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * Socket.IO on the app's HTTP server: the default namespace requires the
 * session cookie. The open, read-only `/public` namespace is the public map's
 * (lib/public-map/public-namespace.ts), attached beside this by the server.
 */
export function createSocketServer(httpServer: HttpServer, options: { secret: string; sweepIntervalMs?: number }): Server {
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, {
    serveClient: false,
    // A tab that vanished without closing its socket (sleep, lost network) leaves the presence
    // lists and frees its record within 15 s instead of the default 45 s.
    pingInterval: 10_000,
    pingTimeout: 5_000,
  });

  io.use(async (socket, next) => {
    try {
      const session = await authenticateHandshake(socket.handshake.headers, options.secret);
      if (!session) return next(new Error("unauthorized"));
      socket.data.user = session.user;
      socket.data.sessionExpiresAt = session.expiresAt;
      next();
    } catch {
      next(new Error("unauthorized"));
    }
  });

  io.on("connection", (socket) => {
    const user = socket.data.user!;
    void socket.join(userRoom(user.id));
    socket.on("activation:join", (request, ack) => void handleJoin(io as unknown as Server, socket, request, ack));
    socket.on("activation:sync", (request, ack) => void handleSync(socket, request, ack));
    socket.on("record:view", (request) => void handleRecordView(io as unknown as Server, socket as unknown as Socket, request));
    socket.on("activation:leave", (request) => {
      const parsed = joinRequestSchema.safeParse(request);
      if (!parsed.success) return;
      void socket.leave(activationRoom(parsed.data.activationId));
      void broadcastPresence(io as unknown as Server, parsed.data.activationId);
    });
    socket.on("disconnecting", () => {
      recordLeft(io as unknown as Server, socket as unknown as Socket);
      const rooms = [...socket.rooms].filter((room) => room.startsWith("activation:"));
      // After the socket has left its rooms, tell the others.
      setImmediate(() => rooms.forEach((room) => void broadcastPresence(io as unknown as Server, room.slice("activation:".length))));
    });
  });


  const unsubscribe = onCommittedEvents((events) => publishCommitted(io as unknown as Server, events));
  const stopSweep = startAccessSweep(io as unknown as Server, options.sweepIntervalMs);
  httpServer.once("close", registerOnlineUsers(io as unknown as Server));
  httpServer.once("close", () => {
    unsubscribe();
    stopSweep();
  });
  return io as unknown as Server;
}

/** Re-reads the account on each request so a revoked session stops at once. */
async function currentSocketUser(socket: VigieSocket) {
  const user = socket.data.user;
  if (!user) return null;
  const fresh = await loadSessionUser({ uid: user.id, sv: user.sessionVersion });
  if (!fresh) {
    socket.emit("session:revoked", { reason: "session_ended" });
    socket.disconnect(true);
  }
  return fresh;
}

async function handleJoin(io: Server, socket: VigieSocket, request: unknown, ack: unknown): Promise<void> {
  if (typeof ack !== "function") return;
  const parsed = joinRequestSchema.safeParse(request);
  if (!parsed.success) return ack({ ok: false, error: "INVALID_INPUT" });
  const user = await currentSocketUser(socket);
  if (!user) return ack({ ok: false, error: "UNAUTHENTICATED" });
  const { activationId } = parsed.data;
  try {
    await getActivationAccess(user, activationId);
  } catch (error) {
    if (isAppError(error)) return ack({ ok: false, error: "NOT_FOUND" });
    throw error;
  }
  await socket.join(activationRoom(activationId));
  const [latestSeq, presence] = await Promise.all([latestEventSeq(activationId), roomPresence(io, activationId)]);
  ack({ ok: true, activationId, latestSeq, presence });
  socket.to(activationRoom(activationId)).emit("presence:update", { activationId, users: presence });
}

async function handleSync(socket: VigieSocket, request: unknown, ack: unknown): Promise<void> {
  if (typeof ack !== "function") return;
  const parsed = syncRequestSchema.safeParse(request);
  if (!parsed.success) return ack({ ok: false, error: "INVALID_INPUT" });
  const user = await currentSocketUser(socket);
  if (!user) return ack({ ok: false, error: "UNAUTHENTICATED" });
  try {
    await getActivationAccess(user, parsed.data.activationId);
  } catch (error) {
    if (isAppError(error)) return ack({ ok: false, error: "NOT_FOUND" });
    throw error;
  }
  const missed = await listMissedEvents(parsed.data.activationId, parsed.data.sinceSeq);
  ack({ ok: true, ...missed });
}
