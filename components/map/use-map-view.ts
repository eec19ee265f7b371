"use client";

import type { Map as LeafletMap } from "leaflet";
import { useCallback, useEffect, useRef, useState } from "react";
import type { MapView } from "@/lib/map/get-map-view";
import { filterParams, type MapFilterState, type MapLayers } from "./map-filter-state";

const EMPTY: MapView = { zoom: 0, cell: 0, total: 0, clusters: [], points: [] };

/**
 * Keeps the map's clusters in step with its viewport: one request per settled move or zoom
 * (debounced, the previous one aborted), never the whole data set. `reload` asks again for the
 * same viewport (after a live change).
 */
export function useMapView(activationId: string, map: LeafletMap | null, filters: MapFilterState, layers: MapLayers): { view: MapView; loading: boolean; reload: () => void } {
  const [view, setView] = useState<MapView>(EMPTY);
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);
  const inflight = useRef<AbortController | null>(null);

  const load = useCallback(async () => {
    if (!map) return;
    inflight.current?.abort();
    if (!filters.statuses.length) {
      setView(EMPTY);
      return;
    }
    const controller = new AbortController();
    inflight.current = controller;
    const bounds = map.getBounds();
    const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
    const params = filterParams(filters);
    params.set("bbox", [clamp(bounds.getWest(), 180), clamp(bounds.getSouth(), 90), clamp(bounds.getEast(), 180), clamp(bounds.getNorth(), 90)].map((n) => n.toFixed(5)).join(","));
    params.set("zoom", String(Math.round(map.getZoom())));
    const wanted = [layers.communes ? "communes" : "", layers.posts ? "posts" : ""].filter(Boolean);
    if (wanted.length) params.set("layers", wanted.join(","));
    setLoading(true);
    try {
      const response = await fetch(`/api/activations/${activationId}/map/view?${params}`, { signal: controller.signal });
      if (response.ok) setView((await response.json()) as MapView);
    } catch (error) {
      if ((error as Error).name !== "AbortError") console.warn("map view failed", error);
    } finally {
      if (inflight.current === controller) setLoading(false);
    }
  }, [activationId, map, filters, layers.communes, layers.posts]);

  useEffect(() => {
    if (!map) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), 120);
    };
    void load();
    map.on("moveend", schedule);
    return () => {
      clearTimeout(timer);
      map.off("moveend", schedule);
    };
  }, [map, load, tick]);

  useEffect(() => () => inflight.current?.abort(), []);

  return { view, loading, reload: useCallback(() => setTick((n) => n + 1), []) };
}
