"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { MapFeatureDto } from "@/lib/map/map-feature-dto";
import type { MapFeatureEvent } from "@/lib/realtime/events";

type Result = { ok: boolean; error?: string; feature?: MapFeatureDto };
export type FeatureActions = {
  create: (input: unknown) => Promise<Result>;
  update: (featureId: string, input: unknown) => Promise<Result>;
  remove: (featureId: string, input: unknown) => Promise<Result>;
};

/**
 * The drawn features of the map: loaded once, then kept current by `map:feature` events (ours
 * and everyone else's). A change names the version it was made on; a refused one reports its
 * error and the shape snaps back to what is stored. One's own changes to a feature go out one
 * after the other, each on the version the previous one produced: reshaping twice quickly is
 * not a conflict with oneself.
 */
export function useMapFeatures(activationId: string, actions: FeatureActions) {
  const [byId, setById] = useState<Map<string, MapFeatureDto>>(new Map());
  const [error, setError] = useState<string | null>(null);
  // The version our own last save produced per feature, and our save in flight per feature. Only
  // our saves count: a change by someone else in between must still be refused as a conflict.
  const ownVersions = useRef(new Map<string, number>());
  const inFlight = useRef(new Map<string, Promise<boolean>>());

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/activations/${activationId}/map/features`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { features: [] }))
      .then((data: { features: MapFeatureDto[] }) => setById((current) => {
        const next = new Map(data.features.map((feature) => [feature.id, feature]));
        // Events that arrived before the list keep their newer version.
        for (const [id, feature] of current) if ((next.get(id)?.version ?? 0) < feature.version) next.set(id, feature);
        return next;
      }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [activationId]);

  const apply = useCallback((event: MapFeatureEvent) => {
    setById((current) => {
      const known = current.get(event.feature.id);
      if (known && known.version >= event.feature.version && event.action !== "deleted") return current;
      const next = new Map(current);
      if (event.action === "deleted") next.delete(event.feature.id);
      else next.set(event.feature.id, event.feature);
      return next;
    });
  }, []);

  const settle = useCallback(
    (result: Result, action: MapFeatureEvent["action"]) => {
      if (result.ok) {
        setError(null);
        if (result.feature) apply({ action, feature: result.feature });
        return true;
      }
      setError(result.error ?? "INTERNAL");
      // Snap back: a new Map makes the layer resync from the stored versions.
      setById((current) => new Map(current));
      return false;
    },
    [apply],
  );

  const create = useCallback(async (input: { kind: string; label: string; note: string; geometry: unknown }) => settle(await actions.create(input), "created"), [actions, settle]);
  const update = useCallback(
    (feature: MapFeatureDto, changes: Partial<Pick<MapFeatureDto, "kind" | "label" | "note" | "geometry">>) => {
      const previous = inFlight.current.get(feature.id) ?? Promise.resolve(true);
      const run = previous.then(async () => {
        const version = Math.max(ownVersions.current.get(feature.id) ?? 0, feature.version);
        const result = await actions.update(feature.id, { version, ...changes });
        if (result.ok && result.feature) ownVersions.current.set(feature.id, result.feature.version);
        return settle(result, "updated");
      });
      inFlight.current.set(feature.id, run);
      void run.finally(() => {
        if (inFlight.current.get(feature.id) === run) inFlight.current.delete(feature.id);
      });
      return run;
    },
    [actions, settle],
  );
  const remove = useCallback(
    async (feature: MapFeatureDto) => {
      const result = await actions.remove(feature.id, { version: feature.version });
      if (result.ok) apply({ action: "deleted", feature });
      return settle({ ...result, feature: undefined }, "deleted");
    },
    [actions, apply, settle],
  );

  const list = useMemo(() => [...byId.values()], [byId]);
  return { list, apply, create, update, remove, error, setError };
}
