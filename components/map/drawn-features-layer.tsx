"use client";

import "./leaflet-global";
import "@geoman-io/leaflet-geoman-free";
import "@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css";
import L from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { useMap } from "react-leaflet";
import type { MapFeatureDto } from "@/lib/map/map-feature-dto";
import { FEATURE_KIND_COLOR } from "./report-marker-style";

type Geometry = MapFeatureDto["geometry"];
type Props = {
  features: MapFeatureDto[];
  canDraw: boolean;
  locale: string;
  /** A shape was just drawn: ask for its type, label and note. */
  onDrawn: (geometry: Geometry) => void;
  onReshaped: (feature: MapFeatureDto, geometry: Geometry) => void;
  /** Resolves false when the deletion was refused (the shape comes back). */
  onRemoved: (feature: MapFeatureDto) => Promise<boolean>;
  onSelect: (feature: MapFeatureDto) => void;
};

type Entry = { layer: L.Layer; feature: MapFeatureDto };

/**
 * The volunteers' drawings, with Leaflet-Geoman's toolbar (point, line, polygon; edit, move,
 * delete). Only these layers are editable (opt-in mode): reports and the basemap are not.
 * Drawn in SVG so each shape is an element (class `map-feature map-feature-<KIND>`).
 */
export function DrawnFeaturesLayer({ features, canDraw, locale, onDrawn, onReshaped, onRemoved, onSelect }: Props) {
  const map = useMap();
  const entries = useRef(new Map<string, Entry>());
  const renderer = useMemo(() => L.svg(), []);
  const handlers = useRef({ onDrawn, onReshaped, onRemoved, onSelect });
  handlers.current = { onDrawn, onReshaped, onRemoved, onSelect };

  useEffect(() => {
    L.PM.setOptIn(true);
    if (!canDraw) return;
    map.pm.setLang(locale === "fr" ? "fr" : "en");
    map.pm.addControls({ position: "topleft", drawMarker: false, drawCircleMarker: true, drawPolyline: true, drawPolygon: true, drawRectangle: false, drawCircle: false, drawText: false, cutPolygon: false, rotateMode: false });
    const created = (event: { layer: L.Layer }) => {
      const geometry = (event.layer as L.Polygon).toGeoJSON().geometry;
      event.layer.remove(); // it comes back as a stored feature once saved
      handlers.current.onDrawn(geometry);
    };
    map.on("pm:create", created as L.LeafletEventHandlerFn);
    return () => {
      map.off("pm:create", created as L.LeafletEventHandlerFn);
      map.pm.removeControls();
    };
  }, [map, canDraw, locale]);

  useEffect(() => {
    const seen = new Set<string>();
    for (const feature of features) {
      seen.add(feature.id);
      const entry = entries.current.get(feature.id);
      // Same version and same shape on screen: nothing to do. Same version but another shape on
      // screen: a refused edit, so the stored shape comes back.
      if (entry && entry.feature.version === feature.version && sameGeometry(entry.layer, feature.geometry)) continue;
      // Our own reshape coming back: keep the layer (and any edit in progress), take the new version.
      if (entry && JSON.stringify(entry.feature.geometry) === JSON.stringify(feature.geometry) && entry.feature.kind === feature.kind && entry.feature.label === feature.label) {
        entry.feature = feature;
        continue;
      }
      entry?.layer.remove();
      entries.current.set(feature.id, { layer: addLayer(feature), feature });
    }
    for (const [id, entry] of entries.current) {
      if (seen.has(id)) continue;
      entry.layer.remove();
      entries.current.delete(id);
    }

    function addLayer(feature: MapFeatureDto): L.Layer {
      const color = FEATURE_KIND_COLOR[feature.kind] ?? "#475467";
      const options = { renderer, pmIgnore: false, color, weight: 3, fillColor: color, fillOpacity: 0.2, className: `map-feature map-feature-${feature.kind}` };
      const layer = L.GeoJSON.geometryToLayer({ type: "Feature", properties: {}, geometry: feature.geometry as GeoJSON.Geometry }, { pointToLayer: (_point, latlng) => L.circleMarker(latlng, { ...options, radius: 9, fillOpacity: 0.6 }), ...options } as L.GeoJSONOptions);
      if (feature.label) layer.bindTooltip(feature.label);
      const current = () => entries.current.get(feature.id)?.feature ?? feature;
      layer.on("pm:edit", debounce(() => handlers.current.onReshaped(current(), (layer as L.Polygon).toGeoJSON().geometry), 250));
      layer.on("pm:remove", () => {
        void handlers.current.onRemoved(current()).then((done) => {
          if (done) return;
          entries.current.delete(feature.id); // re-added by the next sync
          handlers.current.onSelect(current());
        });
      });
      layer.on("click", () => {
        if (!map.pm.globalRemovalModeEnabled() && !map.pm.globalEditModeEnabled()) handlers.current.onSelect(current());
      });
      layer.addTo(map);
      // Lets a test (and a support session in the inspector) find one drawing among many.
      (layer as L.Path).getElement?.()?.setAttribute("data-feature-id", feature.id);
      return layer;
    }
  }, [features, map, renderer]);

  useEffect(() => {
    const all = entries.current;
    return () => {
      for (const entry of all.values()) entry.layer.remove();
      all.clear();
    };
  }, []);

  return null;
}

function sameGeometry(layer: L.Layer, geometry: Geometry): boolean {
  return JSON.stringify((layer as L.Polygon).toGeoJSON().geometry) === JSON.stringify(geometry);
}

function debounce(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}
