import type { SessionUser } from "../auth/session-user";

/** Per socket: who it is, until when its session holds, and which record (a report…) it shows right now. */
export type SocketData = { user?: SessionUser; sessionExpiresAt?: number; viewing?: { activationId: string; record: string; editing: boolean } };
