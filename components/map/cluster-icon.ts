import L from "leaflet";
import { categoryStyle, URGENT_COLOR } from "./report-marker-style";

const cache = new Map<string, L.DivIcon>();

/** "1.2k" rather than "1234": a bubble has room for four characters. */
export function shortCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(count / 1000).toFixed(1).replace(/\.0$/, "")}k`;
  return `${Math.round(count / 1000)}k`;
}

/** A cluster bubble: its size grows with the log of its count, its colour is its commonest category, a red ring if urgent reports are inside. */
export function clusterIcon(count: number, category: string, urgent: boolean): L.DivIcon {
  const size = Math.round(26 + 8 * Math.log10(Math.max(1, count)));
  const key = `${size}|${shortCount(count)}|${category}|${urgent}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { color } = categoryStyle(category);
  const ring = urgent ? `border:3px solid ${URGENT_COLOR};` : "border:2px solid #ffffff;";
  const icon = L.divIcon({
    className: "map-cluster",
    iconSize: [size, size],
    html: `<span style="display:flex;align-items:center;justify-content:center;width:${size}px;height:${size}px;box-sizing:border-box;border-radius:50%;background:${color};opacity:0.9;color:#fff;font:600 12px/1 system-ui,sans-serif;box-shadow:0 1px 3px #0006;${ring}">${shortCount(count)}</span>`,
  });
  cache.set(key, icon);
  return icon;
}
