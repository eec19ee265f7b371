"use client";

import L from "leaflet";
import { useMemo } from "react";
import { Circle, Marker, Popup, useMap } from "react-leaflet";
import type { MapView } from "@/lib/map/get-map-view";
import type { ReportPoint } from "@/lib/map/grid-aggregates";
import { clusterIcon } from "./cluster-icon";
import { reportIconHtml, reportMarkerStyle, type ReportMarkerStatus } from "./report-marker-style";
import { ReportSummary } from "./report-summary";

/** Uncertainty radius of a place that is not a point: a circle of it, never a pin. */
const RADIUS_M: Record<string, number> = { commune: 1500, commune_approx: 3000, departement: 25_000 };

const iconCache = new Map<string, L.DivIcon>();
function pointIcon(report: ReportPoint, moving: boolean): L.DivIcon {
  const style = reportMarkerStyle({ ...report, status: report.status as ReportMarkerStatus });
  const key = `${report.category}|${report.status}|${style.urgent}|${moving}`;
  let icon = iconCache.get(key);
  if (!icon) {
    const size = style.radius * 2 + 6;
    icon = L.divIcon({ className: moving ? "map-report map-report-moving" : "map-report", iconSize: [size, size], html: reportIconHtml(style) });
    iconCache.set(key, icon);
  }
  return icon;
}

type Props = {
  activationId: string;
  view: MapView;
  categoryLabel: (code: string) => string;
  canMove: boolean;
  movingId: string | null;
  onStartMove: (reportId: string) => void;
  onMoved: (report: ReportPoint, lat: number, lon: number) => void;
};

/** The reports of the viewport: cluster bubbles (click to zoom in), and single reports as pins or uncertainty circles. */
export function ReportLayer({ activationId, view, categoryLabel, canMove, movingId, onStartMove, onMoved }: Props) {
  const map = useMap();
  const clusters = useMemo(
    () =>
      view.clusters.map((cluster) => (
        <Marker
          key={`c${cluster.key}`}
          position={[cluster.lat, cluster.lon]}
          icon={clusterIcon(cluster.count, cluster.category, cluster.urgent > 0)}
          eventHandlers={{ click: () => map.flyTo([cluster.lat, cluster.lon], Math.min(map.getZoom() + 2, 18), { duration: 0.4 }) }}
          title={String(cluster.count)}
        />
      )),
    [view.clusters, map],
  );
  return (
    <>
      {clusters}
      {view.points.map((report) => {
        const moving = report.id === movingId;
        const popup = (
          <Popup>
            <ReportSummary activationId={activationId} report={report} categoryLabel={categoryLabel(report.category)} canMove={canMove} onMove={() => onStartMove(report.id)} />
          </Popup>
        );
        const radius = RADIUS_M[report.precision ?? "point"];
        if (radius && !moving) {
          const style = reportMarkerStyle({ ...report, status: report.status as ReportMarkerStatus });
          return (
            <Circle key={report.id} center={[report.lat, report.lon]} radius={radius} pathOptions={{ color: style.color, fillColor: style.fillColor, fillOpacity: Math.min(style.fillOpacity, 0.12), weight: style.urgent ? 3 : 1.5, dashArray: style.dashArray, className: "map-report-area" }}>
              {popup}
            </Circle>
          );
        }
        return (
          <Marker
            key={`${report.id}-${report.version}-${moving}`}
            position={[report.lat, report.lon]}
            icon={pointIcon(report, moving)}
            draggable={moving}
            autoPan={moving}
            eventHandlers={moving ? { dragend: (event) => onMoved(report, (event.target as L.Marker).getLatLng().lat, (event.target as L.Marker).getLatLng().lng) } : undefined}
            title={report.title}
          >
            {moving ? null : popup}
          </Marker>
        );
      })}
    </>
  );
}
