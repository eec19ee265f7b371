"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { QueueItem } from "@/lib/triage/list-queue";
import type { ActionResult } from "@/lib/action-result";
import { useSocket } from "../realtime/realtime-provider";

type ListQueue = (filters: unknown) => Promise<ActionResult & { items?: QueueItem[]; open?: number }>;

/**
 * The head of the queue, kept current: claims, new posts and corrections
 * announced on the activation's room trigger a (debounced) reload, so a post
 * someone takes vanishes from everyone's list within a second.
 */
export function useTriageQueue(activationId: string, initial: { items: QueueItem[]; open: number }, filters: unknown, listQueue: ListQueue) {
  const socket = useSocket();
  const [queue, setQueue] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  const reload = useCallback(async () => {
    const result = await listQueue(filtersRef.current);
    if (result.ok && result.items) setQueue({ items: result.items, open: result.open ?? result.items.length });
  }, [listQueue]);

  const schedule = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void reload();
    }, 300);
  }, [reload]);

  useEffect(() => {
    void reload();
  }, [filters, reload]);

  useEffect(() => {
    if (!socket) return;
    const onNews = (news: { activationId: string }) => {
      if (news.activationId === activationId) schedule();
    };
    socket.on("triage:claims", onNews);
    socket.on("feed:understood", onNews);
    socket.on("feed:posts", onNews);
    return () => {
      socket.off("triage:claims", onNews);
      socket.off("feed:understood", onNews);
      socket.off("feed:posts", onNews);
    };
  }, [socket, activationId, schedule]);

  return { queue, reload };
}
