"use client";

import "leaflet/dist/leaflet.css";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import L from "leaflet";
import { useEffect, useRef } from "react";

type Props = {
  mode: "departements" | "polygon";
  selected: string[];
  onToggle: (code: string) => void;
  ring: [number, number][];
  onAddPoint: (point: [number, number]) => void;
  focus?: [number, number, number, number];
};

const FRANCE_VIEW: L.LatLngBoundsExpression = [
  [41.3, -5.2],
  [51.1, 9.6],
];

/**
 * Picks départements by clicking their bundled outlines, or draws a polygon
 * point by point. No tiles: the outlines are the basemap, so it works offline.
 */
export default function AreaPickerMap({ mode, selected, onToggle, ring, onAddPoint, focus }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const outlines = useRef<L.GeoJSON | null>(null);
  const drawn = useRef<L.Polygon | null>(null);
  const handlers = useRef({ onToggle, onAddPoint, mode });
  handlers.current = { onToggle, onAddPoint, mode };

  useEffect(() => {
    if (!container.current || map.current) return;
    const instance = L.map(container.current, { zoomSnap: 0.25, attributionControl: true }).fitBounds(FRANCE_VIEW);
    instance.attributionControl.addAttribution("Contours : Natural Earth");
    instance.on("click", (event: L.LeafletMouseEvent) => {
      if (handlers.current.mode === "polygon") handlers.current.onAddPoint([round(event.latlng.lng), round(event.latlng.lat)]);
    });
    map.current = instance;
    void fetch("/geo/departements.geojson")
      .then((response) => response.json() as Promise<FeatureCollection<Geometry, { code: string; name: string }>>)
      .then((data) => {
        outlines.current = L.geoJSON(data, {
          style: () => ({ color: "#0b4f8a", weight: 1, fillOpacity: 0.05 }),
          onEachFeature: (feature: Feature<Geometry, { code: string; name: string }>, layer) => {
            layer.bindTooltip(`${feature.properties.name} (${feature.properties.code})`, { sticky: true });
            layer.on("click", (event: L.LeafletMouseEvent) => {
              if (handlers.current.mode !== "departements") return;
              L.DomEvent.stopPropagation(event);
              handlers.current.onToggle(feature.properties.code);
            });
          },
        }).addTo(instance);
        restyle();
      });
    return () => {
      instance.remove();
      map.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const restyle = () => {
    outlines.current?.setStyle((feature) => {
      const on = selected.includes((feature?.properties as { code: string }).code);
      return { color: on ? "#b42318" : "#0b4f8a", weight: on ? 2 : 1, fillOpacity: on ? 0.35 : 0.05, fillColor: on ? "#f97066" : "#0b4f8a" };
    });
  };
  useEffect(restyle, [selected]);

  useEffect(() => {
    drawn.current?.remove();
    if (map.current && ring.length > 0) {
      drawn.current = L.polygon(
        ring.map(([lon, lat]) => [lat, lon] as [number, number]),
        { color: "#b42318", weight: 2, fillOpacity: 0.25 },
      ).addTo(map.current);
    }
  }, [ring]);

  useEffect(() => {
    if (map.current && focus) map.current.fitBounds([[focus[1], focus[0]], [focus[3], focus[2]]], { maxZoom: 9 });
  }, [focus]);

  return <div ref={container} className="area-map" data-testid="area-map" />;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
