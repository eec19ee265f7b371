"use client";

import type { GeoJsonObject } from "geojson";
import { useTranslations } from "next-intl";
import { CircleMarker, GeoJSON, Tooltip } from "react-leaflet";
import type { CommuneCount, PostPoint } from "@/lib/map/grid-aggregates";

/** The activation's watched area: a dashed outline, not clickable. */
export function AreaOutline({ area }: { area: unknown }) {
  if (!area) return null;
  return <GeoJSON data={area as GeoJsonObject} interactive={false} style={{ color: "#0b4f8a", weight: 2, dashArray: "6 4", fillOpacity: 0.02 }} />;
}

/** Communes as circles sized by their number of reports (no commune outlines ship offline). */
export function CommuneCircles({ communes }: { communes: CommuneCount[] }) {
  const t = useTranslations("map");
  return (
    <>
      {communes.map((commune) => (
        <CircleMarker key={commune.name} center={[commune.lat, commune.lon]} radius={6 + 3 * Math.sqrt(commune.count)} pathOptions={{ color: "#6941c6", weight: 1, fillColor: "#9e77ed", fillOpacity: 0.25, className: "map-commune" }}>
          <Tooltip>{t("communeCount", { name: commune.name, count: commune.count })}</Tooltip>
        </CircleMarker>
      ))}
    </>
  );
}

/** Geotagged posts: small grey dots (a number when several share a cell). */
export function PostDots({ posts }: { posts: PostPoint[] }) {
  const t = useTranslations("map");
  return (
    <>
      {posts.map((post) => (
        <CircleMarker key={post.key} center={[post.lat, post.lon]} radius={post.count > 1 ? 5 + 2 * Math.log2(post.count) : 4} pathOptions={{ color: "#344054", weight: 1, fillColor: "#98a2b3", fillOpacity: 0.7, className: "map-post" }}>
          <Tooltip>{post.count > 1 ? t("postCount", { count: post.count }) : t("postOne", { network: post.network ?? "?", at: post.postedAt?.slice(0, 16).replace("T", " ") ?? "" })}</Tooltip>
        </CircleMarker>
      ))}
    </>
  );
}
