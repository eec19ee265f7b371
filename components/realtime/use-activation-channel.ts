"use client";

import { useEffect, useRef, useState } from "react";
import type { ActivationEventEnvelope, PresenceUser } from "@/lib/realtime/events";
import { useSocket } from "./realtime-provider";

export type ChannelState = { connected: boolean; presence: PresenceUser[]; lastSeq: number };

/**
 * Joins an activation's room, keeps its presence list, and after a reconnect
 * asks the server for the events missed since the last sequence number seen.
 */
export function useActivationChannel(activationId: string, onEvent?: (event: ActivationEventEnvelope) => void): ChannelState {
  const socket = useSocket();
  const [state, setState] = useState<ChannelState>({ connected: false, presence: [], lastSeq: 0 });
  const lastSeq = useRef<number | null>(null);
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    if (!socket) return;
    const deliver = (event: ActivationEventEnvelope) => {
      if (event.activationId !== activationId) return;
      if (lastSeq.current !== null && event.seq <= lastSeq.current) return; // already seen
      lastSeq.current = event.seq;
      handler.current?.(event);
      setState((previous) => ({ ...previous, lastSeq: event.seq }));
    };
    const join = () => {
      socket.emit("activation:join", { activationId }, (result) => {
        if (!result.ok) return;
        setState((previous) => ({ ...previous, connected: true, presence: result.presence }));
        if (lastSeq.current === null) {
          lastSeq.current = result.latestSeq;
          return;
        }
        const catchUp = (since: number) =>
          socket.emit("activation:sync", { activationId, sinceSeq: since }, (missed) => {
            if (!missed.ok) return;
            missed.events.forEach(deliver);
            if (!missed.complete && missed.events.length) catchUp(missed.events.at(-1)!.seq);
          });
        catchUp(lastSeq.current);
      });
    };
    const onPresence = (update: { activationId: string; users: PresenceUser[] }) => {
      if (update.activationId === activationId) setState((previous) => ({ ...previous, presence: update.users }));
    };
    const onDisconnect = () => setState((previous) => ({ ...previous, connected: false }));

    socket.on("connect", join);
    socket.on("disconnect", onDisconnect);
    socket.on("presence:update", onPresence);
    socket.on("activation:event", deliver);
    if (socket.connected) join();
    return () => {
      socket.emit("activation:leave", { activationId });
      socket.off("connect", join);
      socket.off("disconnect", onDisconnect);
      socket.off("presence:update", onPresence);
      socket.off("activation:event", deliver);
    };
  }, [socket, activationId]);

  return state;
}
