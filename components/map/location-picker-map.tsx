"use client";

import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useRef } from "react";

type Point = { lat: number; lon: number };

/**
 * A small map to place a report: click to set its point, which a circle
 * shows (no marker images to fetch). The bundled département outlines are the
 * basemap, so it works offline; OpenStreetMap tiles come on top when reachable.
 */
export default function LocationPickerMap({ value, onChange, precise }: { value: Point | null; onChange: (point: Point) => void; precise: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const mark = useRef<L.Circle | L.CircleMarker | null>(null);
  const handler = useRef(onChange);
  handler.current = onChange;

  useEffect(() => {
    if (!container.current || map.current) return;
    const instance = L.map(container.current, { zoomSnap: 0.5 }).setView(value ? [value.lat, value.lon] : [43.9, -0.75], value ? 12 : 8);
    L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", { maxZoom: 18, attribution: "© OpenStreetMap" }).addTo(instance);
    instance.attributionControl.addAttribution("Contours : Natural Earth");
    void fetch("/geo/departements.geojson")
      .then((response) => response.json())
      .then((data) => L.geoJSON(data, { style: () => ({ color: "#0b4f8a", weight: 1, fillOpacity: 0.03 }), interactive: false }).addTo(instance));
    instance.on("click", (event: L.LeafletMouseEvent) => handler.current({ lat: round(event.latlng.lat), lon: round(event.latlng.lng) }));
    map.current = instance;
    return () => {
      instance.remove();
      map.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    mark.current?.remove();
    if (!map.current || !value) return;
    // An approximate place is a circle of its uncertainty, never a pin.
    mark.current = precise
      ? L.circleMarker([value.lat, value.lon], { radius: 8, color: "#b42318", weight: 3, fillOpacity: 0.6 }).addTo(map.current)
      : L.circle([value.lat, value.lon], { radius: 2000, color: "#b54708", weight: 2, fillOpacity: 0.15 }).addTo(map.current);
  }, [value, precise]);

  return <div ref={container} className="location-map" data-testid="location-map" />;
}

function round(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}
