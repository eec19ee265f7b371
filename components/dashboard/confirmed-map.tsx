"use client";

import "leaflet/dist/leaflet.css";
import L from "leaflet";
import { useEffect, useRef } from "react";

export type MapReport = { id: string; title: string; lat: number; lon: number; severity: number; current: boolean; precise: boolean; placeName: string | null };
export type MapBounds = [number, number, number, number];

const SEVERITY_COLOURS = ["#667085", "#f79009", "#dc6803", "#b42318", "#7a271a"];

/**
 * The confirmed reports on the bundled département outlines (no tiles: the
 * crisis room's wall screen must work offline). A point is a dot; a place
 * known only to its commune is a circle of its uncertainty. Resolved or
 * outdated reports are drawn hollow.
 */
export default function ConfirmedMap({ reports, bounds, height = 360 }: { reports: MapReport[]; bounds: MapBounds; height?: number }) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);

  useEffect(() => {
    if (!container.current || map.current) return;
    const instance = L.map(container.current, { zoomSnap: 0.25, attributionControl: true });
    instance.fitBounds([[bounds[1], bounds[0]], [bounds[3], bounds[2]]], { padding: [8, 8] });
    instance.attributionControl.addAttribution("Contours : Natural Earth");
    void fetch("/geo/departements.geojson")
      .then((response) => response.json())
      .then((data) => L.geoJSON(data, { style: () => ({ color: "#0b4f8a", weight: 1, fillColor: "#f2f4f7", fillOpacity: 0.6 }), interactive: false }).addTo(instance).bringToBack());
    layer.current = L.layerGroup().addTo(instance);
    map.current = instance;
    return () => {
      instance.remove();
      map.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const group = layer.current;
    if (!group) return;
    group.clearLayers();
    for (const report of reports) {
      const colour = SEVERITY_COLOURS[report.severity] ?? SEVERITY_COLOURS[0];
      const style = { color: colour, weight: 2, fillColor: colour, fillOpacity: report.current ? 0.7 : 0 };
      const mark = report.precise ? L.circleMarker([report.lat, report.lon], { ...style, radius: 5 + report.severity }) : L.circle([report.lat, report.lon], { ...style, radius: 2000, fillOpacity: report.current ? 0.25 : 0 });
      mark.bindTooltip(report.placeName ? `${report.title} — ${report.placeName}` : report.title).addTo(group);
    }
  }, [reports]);

  return <div ref={container} style={{ height, background: "#dbe7f3" }} data-testid="confirmed-map" data-count={reports.length} />;
}
