"use client";

import { useTranslations } from "next-intl";
import { REPORT_STATUSES, TIME_WINDOWS } from "@/lib/map/map-query-schema";
import type { MapFilterState, MapLayers } from "./map-filter-state";
import { TimeSlider } from "./time-slider";

type Props = {
  filters: MapFilterState;
  onFilters: (next: MapFilterState) => void;
  layers: MapLayers;
  onLayers: (next: MapLayers) => void;
  categories: { code: string; label: string }[];
  since: string;
};

const toggle = <T,>(list: T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** Time window, category, status, severity and layer choices of the watch-room map. */
export function MapFiltersPanel({ filters, onFilters, layers, onLayers, categories, since }: Props) {
  const t = useTranslations("map");
  return (
    <div className="small" style={{ display: "grid", gap: "0.5rem" }} data-testid="map-filters">
      <fieldset>
        <legend>{t("window")}</legend>
        {TIME_WINDOWS.map((window) => (
          <label key={window} className="inline" style={{ display: "inline-flex", marginRight: 10, fontWeight: 400 }}>
            <input type="radio" name="map-window" checked={filters.window === window} onChange={() => onFilters({ ...filters, window, from: window === "custom" ? (filters.from ?? since) : filters.from })} /> {t(`windows.${window}`)}
          </label>
        ))}
        {filters.window === "custom" ? <TimeSlider since={since} from={filters.from ?? since} to={filters.to} onChange={(from, to) => onFilters({ ...filters, from, to })} /> : null}
      </fieldset>
      <fieldset>
        <legend>{t("status")}</legend>
        {REPORT_STATUSES.map((status) => (
          <label key={status} className="inline" style={{ fontWeight: 400 }}>
            <input type="checkbox" checked={filters.statuses.includes(status)} onChange={() => onFilters({ ...filters, statuses: toggle(filters.statuses, status) })} data-testid={`map-status-${status}`} /> {t(`statuses.${status}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("severityFilter")}</legend>
        {[1, 2, 3, 4].map((severity) => (
          <label key={severity} className="inline" style={{ display: "inline-flex", marginRight: 10, fontWeight: 400 }}>
            <input type="checkbox" checked={filters.severities.includes(severity)} onChange={() => onFilters({ ...filters, severities: toggle(filters.severities, severity) })} /> {severity}
          </label>
        ))}
        <div className="muted">{t("noneMeansAll")}</div>
      </fieldset>
      <fieldset>
        <legend>{t("category")}</legend>
        <select multiple value={filters.categories} onChange={(event) => onFilters({ ...filters, categories: Array.from(event.target.selectedOptions, (option) => option.value) })} style={{ width: "100%", minHeight: 90 }} data-testid="map-categories">
          {categories.map((category) => (
            <option key={category.code} value={category.code}>
              {category.label}
            </option>
          ))}
        </select>
        <div className="muted">{t("noneMeansAll")}</div>
      </fieldset>
      <fieldset>
        <legend>{t("layers")}</legend>
        {(["reports", "communes", "posts", "drawings", "area"] as const).map((layer) => (
          <label key={layer} className="inline" style={{ fontWeight: 400 }}>
            <input type="checkbox" checked={layers[layer]} onChange={() => onLayers({ ...layers, [layer]: !layers[layer] })} data-testid={`map-layer-${layer}`} /> {t(`layerNames.${layer}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
