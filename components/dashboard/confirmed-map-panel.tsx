"use client";

import dynamic from "next/dynamic";
import type { TileConfig } from "@/lib/map/tile-config";
import type { MapBounds, MapReport } from "./confirmed-map";

const ConfirmedMap = dynamic(() => import("./confirmed-map"), { ssr: false, loading: () => <div style={{ height: 360 }} /> });

/** Client boundary for the map (Leaflet needs the browser). */
export function ConfirmedMapPanel(props: { reports: MapReport[]; bounds: MapBounds; tiles: TileConfig; height?: number }) {
  return <ConfirmedMap {...props} />;
}
