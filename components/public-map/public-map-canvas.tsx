"use client";

import type { GeoJsonObject } from "geojson";
import L, { type LatLngBoundsExpression } from "leaflet";
import { useMemo } from "react";
import { CircleMarker, GeoJSON, Popup, Rectangle } from "react-leaflet";
import BaseMap from "@/components/map/base-map";
import { categoryStyle, FEATURE_KIND_COLOR } from "@/components/map/report-marker-style";
import type { PublicMapFeature, PublicMapReport } from "@/lib/realtime/events";
import type { PublicSolidarityItem } from "@/lib/solidarity/list-public-solidarity";

type Props = {
  reports: PublicMapReport[];
  features: PublicMapFeature[];
  solidarity: PublicSolidarityItem[];
  solidarityLabel: (item: PublicSolidarityItem) => string;
  tile: { tileUrl: string; attribution: string; offlineOnly: boolean };
  bounds: LatLngBoundsExpression;
  locale: "fr" | "en";
  featureLabel: (kind: string) => string;
  when: (iso: string) => string;
};

/** The Leaflet part of the public map (client only): coarse report points, grid cells drawn as such, published drawings. */
export default function PublicMapCanvas({ reports, features, solidarity, solidarityLabel, tile, bounds, locale, featureLabel, when }: Props) {
  // SVG rather than the base map's canvas: a public map holds few items, and SVG shapes are
  // focusable, inspectable and sharp when printed.
  const renderer = useMemo(() => L.svg(), []);
  return (
    <BaseMap tileUrl={tile.tileUrl} attribution={tile.attribution} offlineOnly={tile.offlineOnly} bounds={bounds} className="public-leaflet">
      {features.map((feature) => (
        <GeoJSON
          key={`${feature.id}:${feature.label}:${JSON.stringify(feature.geometry)}`}
          data={{ type: "Feature", geometry: feature.geometry, properties: {} } as GeoJsonObject}
          style={{ color: FEATURE_KIND_COLOR[feature.kind] ?? "#475467", weight: 3, fillOpacity: 0.2 }}
          {...{ renderer }}
          pointToLayer={(_point, latlng) => L.circleMarker(latlng, { radius: 7, color: FEATURE_KIND_COLOR[feature.kind] ?? "#475467", renderer })}
        >
          <Popup>
            <strong>{feature.label}</strong>
            <br />
            {featureLabel(feature.kind)}
          </Popup>
        </GeoJSON>
      ))}
      {reports.map((report) => {
        if (report.lat === null || report.lon === null) return null;
        const { color } = categoryStyle(report.category);
        const popup = (
          <Popup>
            <strong>{report.title}</strong>
            <br />
            <span>{report.categoryLabel[locale]}</span> · <span>{when(report.observedAt)}</span>
            {report.summary ? <p style={{ margin: "0.3rem 0 0" }}>{report.summary}</p> : null}
          </Popup>
        );
        if (report.area === "grid" && report.cellMeters) {
          // The cell the report lies in, as the area it stands for: never a precise pin.
          const halfLat = report.cellMeters / 2 / 111_320;
          const halfLon = halfLat / Math.cos((report.lat * Math.PI) / 180);
          return (
            <Rectangle key={report.id} className="public-report-area" bounds={[[report.lat - halfLat, report.lon - halfLon], [report.lat + halfLat, report.lon + halfLon]]} pathOptions={{ color, weight: 2, fillColor: color, fillOpacity: 0.45, renderer }}>
              {popup}
            </Rectangle>
          );
        }
        return (
          <CircleMarker key={report.id} center={[report.lat, report.lon]} radius={10} pathOptions={{ color, weight: 2, fillColor: color, fillOpacity: 0.7, renderer }}>
            {popup}
          </CircleMarker>
        );
      })}
      {solidarity.map((item) =>
        item.lat === null || item.lon === null ? null : (
          // Needs and offers sit at their commune's centre: a small square-ish marker apart from reports.
          <CircleMarker key={`solidarity:${item.id}`} center={[item.lat, item.lon]} radius={6} pathOptions={{ color: item.side === "NEED" ? "#b42318" : "#027a48", weight: 2, fillColor: "#ffffff", fillOpacity: 1, renderer }}>
            <Popup>
              <strong>{item.title}</strong>
              <br />
              {solidarityLabel(item)}
              {item.placeName ? ` · ${item.placeName}` : ""}
            </Popup>
          </CircleMarker>
        ),
      )}
    </BaseMap>
  );
}
