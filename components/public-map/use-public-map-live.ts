"use client";

import { useEffect, useRef, useState } from "react";
import { io, type Socket } from "socket.io-client";
import type { PublicMap } from "@/lib/public-map/get-public-map";
import type { PublicMapReport, PublicServerToClientEvents } from "@/lib/realtime/events";

export type PublicItems = PublicMap;
export type PublicFilters = { window: "1h" | "6h" | "24h" | "all"; category?: string };

const WINDOW_MS = { "1h": 3600_000, "6h": 6 * 3600_000, "24h": 24 * 3600_000, all: null } as const;

function matches(report: PublicMapReport, filters: PublicFilters): boolean {
  if (filters.category && report.category !== filters.category) return false;
  const span = WINDOW_MS[filters.window];
  return span === null || Date.parse(report.observedAt) >= Date.now() - span;
}

function upsert<T extends { id: string }>(list: T[], item: T): T[] {
  const index = list.findIndex((x) => x.id === item.id);
  if (index === -1) return [item, ...list];
  const copy = [...list];
  copy[index] = item;
  return copy;
}

/**
 * The public map's items, kept live through the read-only `/public` socket namespace: new and
 * changed items arrive with their public fields only; after a reconnect or a settings change
 * the whole map is fetched again from the public API.
 */
export function usePublicMapLive(slug: string, initial: PublicItems, filters: PublicFilters): { items: PublicItems; closed: boolean; live: boolean } {
  const [items, setItems] = useState(initial);
  const [closed, setClosed] = useState(false);
  const [live, setLive] = useState(false);
  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  useEffect(() => setItems(initial), [initial]);

  useEffect(() => {
    const socket: Socket<PublicServerToClientEvents> = io("/public", { auth: { slug }, transports: ["websocket", "polling"] });
    let connectedOnce = false;
    const refetch = async () => {
      const query = new URLSearchParams({ window: filtersRef.current.window, ...(filtersRef.current.category ? { category: filtersRef.current.category } : {}) });
      const response = await fetch(`/api/public/${encodeURIComponent(slug)}/map?${query}`, { cache: "no-store" }).catch(() => null);
      if (response?.ok) setItems((await response.json()) as PublicItems);
    };
    socket.on("connect", () => {
      setLive(true);
      if (connectedOnce) void refetch();
      connectedOnce = true;
    });
    socket.on("disconnect", () => setLive(false));
    // The server refuses an address opening too many sockets, or too fast; Socket.IO does not retry
    // a refusal by itself, so try again later (the page keeps what it loaded meanwhile).
    let retry: ReturnType<typeof setTimeout> | undefined;
    socket.on("connect_error", (error) => {
      if (error.message === "rate_limited" || error.message === "too_many") retry = setTimeout(() => socket.connect(), 30_000);
    });
    socket.on("public:report", (report) =>
      setItems((current) => ({ ...current, reports: matches(report, filtersRef.current) ? upsert(current.reports, report) : current.reports.filter((r) => r.id !== report.id) })),
    );
    socket.on("public:feature", (feature) => setItems((current) => ({ ...current, features: upsert(current.features, feature) })));
    socket.on("public:removed", ({ kind, id }) =>
      setItems((current) => (kind === "report" ? { ...current, reports: current.reports.filter((r) => r.id !== id) } : { ...current, features: current.features.filter((f) => f.id !== id) })),
    );
    socket.on("public:refresh", () => void refetch());
    socket.on("public:closed", () => {
      setClosed(true);
      setItems({ reports: [], features: [], messages: [], solidarity: [] });
      socket.close();
    });
    return () => {
      clearTimeout(retry);
      socket.close();
    };
  }, [slug]);

  return { items, closed, live };
}
