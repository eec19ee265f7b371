"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { ActivationEventEnvelope } from "@/lib/realtime/events";
import { useSocket } from "../realtime/realtime-provider";

/**
 * Keeps a server-rendered page (dashboard, event log, situation reports)
 * current: any event of the activation re-queries it, debounced so that a
 * burst of changes costs one refresh; new posts (a steady stream during a
 * crisis) refresh it at most every `postsEveryMs`.
 */
export function DashboardLive({ activationId, debounceMs = 800, postsEveryMs = 15_000 }: { activationId: string; debounceMs?: number; postsEveryMs?: number }) {
  const socket = useSocket();
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastPostsRefresh = useRef(0);

  useEffect(() => {
    if (!socket) return;
    const schedule = (delay: number) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        router.refresh();
      }, delay);
    };
    const onEvent = (event: ActivationEventEnvelope) => {
      if (event.activationId === activationId) schedule(debounceMs);
    };
    const onPosts = (batch: { activationId: string }) => {
      if (batch.activationId !== activationId || timer.current) return;
      const now = Date.now();
      if (now - lastPostsRefresh.current < postsEveryMs) return;
      lastPostsRefresh.current = now;
      schedule(debounceMs);
    };
    socket.on("activation:event", onEvent);
    socket.on("feed:posts", onPosts);
    return () => {
      socket.off("activation:event", onEvent);
      socket.off("feed:posts", onPosts);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [socket, activationId, debounceMs, postsEveryMs, router]);
  return null;
}
