"use client";

import "leaflet/dist/leaflet.css";
import type { FeatureCollection } from "geojson";
import type { LatLngBoundsExpression, LatLngTuple, Map as LeafletMap } from "leaflet";
import { useEffect, useState, type CSSProperties, type ReactNode } from "react";
import { GeoJSON, MapContainer, Pane, TileLayer, useMap } from "react-leaflet";
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL } from "@/lib/map/tile-defaults";

const OFFLINE_ATTRIBUTION = "Contours : Natural Earth";
/** Tiles that failed before any loaded: the tile server is out of reach (no internet, blocked). */
const FAILED_TILES_BEFORE_FALLBACK = 3;

export type BaseMapProps = {
  /** Tile URL template ({z}/{x}/{y}); the OpenStreetMap layer when empty. */
  tileUrl?: string | null;
  attribution?: string | null;
  /** Never ask a tile server: draw the bundled outlines only. */
  offlineOnly?: boolean;
  /** The first view: bounds win over center/zoom. */
  bounds?: LatLngBoundsExpression;
  center?: LatLngTuple;
  zoom?: number;
  className?: string;
  /** Inline style of the map's container (it needs a height). */
  style?: CSSProperties;
  children?: ReactNode;
  /** The Leaflet map once created (for code that drives it: flyTo, fitBounds…). */
  onMapReady?: (map: LeafletMap) => void;
};

/**
 * The map every Vigie map builds on: a configurable tile layer, and a bundled offline basemap
 * (country and département outlines from public/geo) that takes over by itself when tiles do
 * not load, or always when `offlineOnly`. A crisis room may lose its internet access; the map
 * must still show where things are. Load it with `dynamic(…, { ssr: false })`: Leaflet needs
 * `window`.
 */
export default function BaseMap({ tileUrl, attribution, offlineOnly = false, bounds, center, zoom, className, style, children, onMapReady }: BaseMapProps) {
  const [tilesFailed, setTilesFailed] = useState(false);
  const offline = offlineOnly || tilesFailed;
  return (
    <MapContainer
      className={className ?? "base-map"}
      bounds={bounds}
      center={bounds ? undefined : (center ?? [46.6, 2.4])}
      zoom={bounds ? undefined : (zoom ?? 6)}
      zoomSnap={0.5}
      style={{ height: 480, ...style, ...(offline ? { background: "#cfe3ee" } : {}) }}
    >
      {offline ? <OfflineBasemap /> : <FallibleTileLayer url={tileUrl || DEFAULT_TILE_URL} attribution={attribution || DEFAULT_TILE_ATTRIBUTION} onFailed={() => setTilesFailed(true)} />}
      <BasemapMarker offline={offline} />
      {onMapReady ? <MapReady onMapReady={onMapReady} /> : null}
      {children}
    </MapContainer>
  );
}

function FallibleTileLayer({ url, attribution, onFailed }: { url: string; attribution: string; onFailed: () => void }) {
  const [counts] = useState({ loaded: 0, failed: 0 });
  return (
    <TileLayer
      url={url}
      attribution={attribution}
      maxZoom={19}
      eventHandlers={{
        tileload: () => {
          counts.loaded += 1;
        },
        tileerror: () => {
          counts.failed += 1;
          if (counts.loaded === 0 && counts.failed >= FAILED_TILES_BEFORE_FALLBACK) onFailed();
        },
      }}
    />
  );
}

let outlines: Promise<{ countries: FeatureCollection; departements: FeatureCollection }> | null = null;
function loadOutlines() {
  outlines ??= Promise.all([fetch("/geo/countries.geojson"), fetch("/geo/departements.geojson")])
    .then(([countries, departements]) => Promise.all([countries.json(), departements.json()]))
    .then(([countries, departements]) => ({ countries, departements }))
    .catch((error: unknown) => {
      outlines = null;
      throw error;
    });
  return outlines;
}

function OfflineBasemap() {
  const [data, setData] = useState<{ countries: FeatureCollection; departements: FeatureCollection } | null>(null);
  const map = useMap();
  useEffect(() => {
    let live = true;
    loadOutlines().then((loaded) => live && setData(loaded), () => undefined);
    map.attributionControl?.addAttribution(OFFLINE_ATTRIBUTION);
    return () => {
      live = false;
      map.attributionControl?.removeAttribution(OFFLINE_ATTRIBUTION);
    };
  }, [map]);
  if (!data) return null;
  // Its own pane under every overlay, so reports and drawings stay clickable above it.
  return (
    <Pane name="offline-basemap" style={{ zIndex: 250 }}>
      <GeoJSON data={data.countries} interactive={false} style={{ color: "#9e9a91", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 }} />
      <GeoJSON data={data.departements} interactive={false} style={{ color: "#6d8fb3", weight: 1, fillOpacity: 0 }} />
    </Pane>
  );
}

/** Tells tests and the page which basemap is shown (the container's data-basemap attribute). */
function BasemapMarker({ offline }: { offline: boolean }) {
  const map = useMap();
  useEffect(() => {
    map.getContainer().dataset.basemap = offline ? "offline" : "tiles";
  }, [map, offline]);
  return null;
}

function MapReady({ onMapReady }: { onMapReady: (map: LeafletMap) => void }) {
  const map = useMap();
  useEffect(() => {
    onMapReady(map);
    // Only once per map instance.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map]);
  return null;
}
