import { DEFAULT_MAP_STATUSES, type TimeWindow } from "@/lib/map/map-query-schema";

/** The map's filter and layer choices, as the browser holds them. */
export type MapFilterState = {
  window: TimeWindow;
  /** Custom window, ISO strings. */
  from: string | null;
  to: string | null;
  /** Empty: every category / severity. */
  categories: string[];
  statuses: string[];
  severities: number[];
};

export type MapLayers = { reports: boolean; communes: boolean; posts: boolean; area: boolean; drawings: boolean };

export const initialFilters: MapFilterState = { window: "all", from: null, to: null, categories: [], statuses: [...DEFAULT_MAP_STATUSES], severities: [] };
export const initialLayers: MapLayers = { reports: true, communes: false, posts: false, area: true, drawings: true };

/** The query string of the filters (shared by the view API and the GeoJSON export). */
export function filterParams(filters: MapFilterState): URLSearchParams {
  const params = new URLSearchParams({ window: filters.window });
  if (filters.window === "custom" && filters.from) params.set("from", filters.from);
  if (filters.window === "custom" && filters.to) params.set("to", filters.to);
  if (filters.categories.length) params.set("categories", filters.categories.join(","));
  // An empty status list means "nothing": the caller shows an empty map without asking.
  if (filters.statuses.length) params.set("statuses", filters.statuses.join(","));
  if (filters.severities.length) params.set("severities", filters.severities.join(","));
  return params;
}
