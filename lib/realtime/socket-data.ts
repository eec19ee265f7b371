import type { SessionUser } from "../auth/session-user";

/** Per socket: who it is, and which record (a report…) it shows right now. */
export type SocketData = { user?: SessionUser; viewing?: { activationId: string; record: string; editing: boolean } };
