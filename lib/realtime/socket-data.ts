import type { SessionUser } from "../auth/session-user";

export type SocketData = { user?: SessionUser };
