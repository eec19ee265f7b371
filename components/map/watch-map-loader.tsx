"use client";

import dynamic from "next/dynamic";
import type { WatchMapProps } from "./watch-map";

// Leaflet needs `window`: the map renders in the browser only.
const WatchMap = dynamic(() => import("./watch-map"), { ssr: false, loading: () => <p className="muted">…</p> });

export function WatchMapLoader(props: WatchMapProps) {
  return <WatchMap {...props} />;
}
