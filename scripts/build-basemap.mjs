#!/usr/bin/env node
/**
 * Builds the bundled offline country outlines for the map's basemap.
 *
 *   node scripts/build-basemap.mjs
 *
 * Writes public/geo/countries.geojson: one Feature per country (properties { name }) from
 * world-atlas's 1:110m Natural Earth layer (public domain), converted with topojson-client,
 * coordinates rounded to 3 decimals (~110 m, far below what a 1:110m line shows).
 * Together with public/geo/departements.geojson it is the map's basemap when tiles cannot load.
 * world-atlas and topojson-client are dev dependencies only; the output is deterministic.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const projectRoot = path.resolve(import.meta.dirname, "..");
const out = path.join(projectRoot, "public", "geo", "countries.geojson");
const DECIMALS = 3;

const topology = JSON.parse(fs.readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"));
const collection = feature(topology, topology.objects.countries);

const round = (value) => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;
/** Rounds every position and drops the consecutive duplicates rounding creates. */
function roundRing(ring) {
  const result = [];
  for (const [lon, lat] of ring) {
    const point = [round(lon), round(lat)];
    const last = result[result.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) result.push(point);
  }
  return result;
}
function roundGeometry(geometry) {
  if (geometry.type === "Polygon") return { type: "Polygon", coordinates: geometry.coordinates.map(roundRing).filter((ring) => ring.length >= 4) };
  if (geometry.type === "MultiPolygon") {
    const coordinates = geometry.coordinates.map((polygon) => polygon.map(roundRing).filter((ring) => ring.length >= 4)).filter((polygon) => polygon.length > 0);
    return { type: "MultiPolygon", coordinates };
  }
  return geometry;
}

const features = collection.features
  .filter((item) => item.geometry)
  .map((item) => ({ type: "Feature", properties: { name: item.properties?.name ?? "" }, geometry: roundGeometry(item.geometry) }))
  .sort((a, b) => a.properties.name.localeCompare(b.properties.name));

fs.writeFileSync(out, JSON.stringify({ type: "FeatureCollection", features }) + "\n");
console.log(`wrote ${path.relative(projectRoot, out)}: ${features.length} countries, ${fs.statSync(out).size} bytes`);
