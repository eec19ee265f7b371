"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/events";

export type VigieClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const SocketContext = createContext<VigieClientSocket | null>(null);

export function useSocket(): VigieClientSocket | null {
  return useContext(SocketContext);
}

/**
 * One Socket.IO connection per signed-in tab, authenticated by the session
 * cookie. When the server ends the session (account deactivated, password
 * reset), the page leaves for the login screen at once. When the token the
 * socket was opened with expires, it reconnects with the browser's current
 * cookie; a refused handshake then means the session is over.
 */
export function RealtimeProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const [socket, setSocket] = useState<VigieClientSocket | null>(null);

  useEffect(() => {
    const connection: VigieClientSocket = io({ withCredentials: true });
    const leave = () => window.location.assign("/login?revoked=1");
    connection.on("session:revoked", leave);
    let expired = false;
    connection.on("session:expired", () => (expired = true));
    connection.on("disconnect", (reason) => {
      // The server closes the socket right after `session:expired`; Socket.IO does not reconnect on its own then.
      if (reason === "io server disconnect" && expired) {
        expired = false;
        connection.connect();
      }
    });
    connection.on("connect_error", (error) => {
      if (error.message === "unauthorized") leave();
    });
    setSocket(connection);
    return () => {
      connection.close();
    };
  }, [userId]);

  return <SocketContext.Provider value={socket}>{children}</SocketContext.Provider>;
}
