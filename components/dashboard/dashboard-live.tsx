"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { ActivationEventEnvelope } from "@/lib/realtime/events";
import { useSocket } from "../realtime/realtime-provider";

/**
 * Keeps a server-rendered page (dashboard, event log, situation reports)
 * current: any event of the activation re-queries it, debounced so that a
 * burst of changes costs one refresh; new posts (a steady stream during a
 * crisis) refresh it at most every `postsEveryMs`, with one last refresh after
 * the stream pauses so the final posts show. Figures over a sliding window
 * (posts per minute, confirmed in the last hour) also fall when nothing
 * happens: the page is re-queried every `idleEveryMs` regardless.
 */
export function DashboardLive({
  activationId,
  debounceMs = 800,
  postsEveryMs = 15_000,
  idleEveryMs = 60_000,
}: {
  activationId: string;
  debounceMs?: number;
  postsEveryMs?: number;
  idleEveryMs?: number;
}) {
  const socket = useSocket();
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastRefresh = useRef(Date.now());

  useEffect(() => {
    const refresh = () => {
      timer.current = null;
      lastRefresh.current = Date.now();
      router.refresh();
    };
    const schedule = (delay: number) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(refresh, delay);
    };
    const idle = setInterval(() => {
      if (!timer.current && Date.now() - lastRefresh.current >= idleEveryMs) refresh();
    }, Math.min(idleEveryMs, 10_000));
    if (!socket) return () => clearInterval(idle);
    const onEvent = (event: ActivationEventEnvelope) => {
      if (event.activationId === activationId) schedule(debounceMs);
    };
    const onPosts = (batch: { activationId: string }) => {
      if (batch.activationId !== activationId || timer.current) return;
      // Throttled, never dropped: the refresh waits for the end of the current interval.
      schedule(Math.max(debounceMs, postsEveryMs - (Date.now() - lastRefresh.current)));
    };
    socket.on("activation:event", onEvent);
    socket.on("feed:posts", onPosts);
    return () => {
      clearInterval(idle);
      socket.off("activation:event", onEvent);
      socket.off("feed:posts", onPosts);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [socket, activationId, debounceMs, postsEveryMs, idleEveryMs, router]);
  return null;
}
