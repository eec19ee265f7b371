import type { Server, Socket } from "socket.io";
import { activationRoom, recordRoom, type RecordViewer } from "./events";
import { recordViewSchema } from "./schemas";
import type { SocketData } from "./socket-data";

/**
 * Who has a record (a report page) open, and who is editing it, read from the
 * sockets themselves like activation presence. A tab may show a record only
 * inside an activation it has joined (its access was checked then).
 */
export async function handleRecordView(io: Server, socket: Socket, request: unknown): Promise<void> {
  const parsed = recordViewSchema.safeParse(request);
  if (!parsed.success) return;
  const { activationId, record, editing } = parsed.data;
  if (!socket.rooms.has(activationRoom(activationId))) return;
  const data = socket.data as SocketData;
  const previous = data.viewing;
  if (previous && (previous.record !== record || previous.activationId !== activationId)) {
    await socket.leave(recordRoom(previous.activationId, previous.record));
    await broadcastViewers(io, previous.activationId, previous.record);
  }
  data.viewing = record ? { activationId, record, editing } : undefined;
  if (record) {
    await socket.join(recordRoom(activationId, record));
    await broadcastViewers(io, activationId, record);
  }
}

/** After a tab closes: tell the others who remain on the record it showed. */
export function recordLeft(io: Server, socket: Socket): void {
  const viewing = (socket.data as SocketData).viewing;
  if (viewing) setImmediate(() => void broadcastViewers(io, viewing.activationId, viewing.record));
}

async function broadcastViewers(io: Server, activationId: string, record: string): Promise<void> {
  const sockets = await io.in(recordRoom(activationId, record)).fetchSockets();
  const byUser = new Map<string, RecordViewer>();
  for (const other of sockets) {
    const data = other.data as SocketData;
    if (!data.user || data.viewing?.record !== record) continue;
    const known = byUser.get(data.user.id);
    byUser.set(data.user.id, { userId: data.user.id, name: data.user.name, editing: (known?.editing ?? false) || data.viewing.editing });
  }
  io.to(recordRoom(activationId, record)).emit("record:viewers", { activationId, record, viewers: [...byUser.values()] });
}
