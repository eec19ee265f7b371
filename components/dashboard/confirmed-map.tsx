"use client";

import { Circle, CircleMarker, Tooltip } from "react-leaflet";
import BaseMap from "@/components/map/base-map";
import type { TileConfig } from "@/lib/map/tile-config";

export type MapReport = { id: string; title: string; lat: number; lon: number; severity: number; current: boolean; precise: boolean; placeName: string | null };
export type MapBounds = [number, number, number, number];

const SEVERITY_COLOURS = ["#667085", "#f79009", "#dc6803", "#b42318", "#7a271a"];

/**
 * The confirmed reports on the activation's basemap, which falls back to the
 * bundled outlines by itself (the crisis room's wall screen must work without
 * internet). A point is a dot; a place known only to its commune is a circle
 * of its uncertainty. Resolved or outdated reports are drawn hollow.
 */
export default function ConfirmedMap({ reports, bounds, tiles, height = 360 }: { reports: MapReport[]; bounds: MapBounds; tiles: TileConfig; height?: number }) {
  return (
    <div data-testid="confirmed-map" data-count={reports.length}>
      <BaseMap tileUrl={tiles.tileUrl} attribution={tiles.attribution} offlineOnly={tiles.offlineOnly} bounds={[[bounds[1], bounds[0]], [bounds[3], bounds[2]]]} style={{ height }}>
        {reports.map((report) => {
          const colour = SEVERITY_COLOURS[report.severity] ?? SEVERITY_COLOURS[0];
          const style = { color: colour, weight: 2, fillColor: colour };
          const tooltip = <Tooltip>{report.placeName ? `${report.title} — ${report.placeName}` : report.title}</Tooltip>;
          return report.precise ? (
            <CircleMarker key={report.id} center={[report.lat, report.lon]} radius={5 + report.severity} pathOptions={{ ...style, fillOpacity: report.current ? 0.7 : 0 }}>
              {tooltip}
            </CircleMarker>
          ) : (
            <Circle key={report.id} center={[report.lat, report.lon]} radius={2000} pathOptions={{ ...style, fillOpacity: report.current ? 0.25 : 0 }}>
              {tooltip}
            </Circle>
          );
        })}
      </BaseMap>
    </div>
  );
}
