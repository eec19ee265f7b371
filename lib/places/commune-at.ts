import { loadDepartementOutlines } from "../geo/departement-outlines";
import { loadGazetteer } from "./load-gazetteer";

type Point = { insee: string; name: string; departement: string; lat: number; lon: number };
type Grid = { cells: Map<string, Point[]>; byDepartement: Map<string, Point[]> };

const CELL = 0.1;
let grid: Grid | null = null;

const cellKey = (lat: number, lon: number) => `${Math.floor(lat / CELL)}:${Math.floor(lon / CELL)}`;

/** Communes with a point of their own (approximate points would attract the wrong clicks). */
function loadGrid(): Grid {
  if (grid) return grid;
  const gazetteer = loadGazetteer();
  const cells = new Map<string, Point[]>();
  const byDepartement = new Map<string, Point[]>();
  const add = (point: Point) => {
    const key = cellKey(point.lat, point.lon);
    const cell = cells.get(key);
    if (cell) cell.push(point);
    else cells.set(key, [point]);
    const list = byDepartement.get(point.departement);
    if (list) list.push(point);
    else byDepartement.set(point.departement, [point]);
  };
  for (const c of gazetteer.communes) if (c.ownPoint) add(c);
  // Delegated communes' own points stand for their current commune ("Garrosse" → Morcenx-la-Nouvelle).
  for (const o of gazetteer.otherNames) {
    const c = gazetteer.communeByInsee.get(o.insee);
    if (c && o.ownPoint) add({ insee: c.insee, name: c.name, departement: c.departement, lat: o.lat, lon: o.lon });
  }
  // Communes without a point of their own still answer inside a département with none at all.
  for (const c of gazetteer.communes) if (!byDepartement.has(c.departement)) byDepartement.set(c.departement, [c]);
  grid = { cells, byDepartement };
  return grid;
}

function insideRing(lon: number, lat: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

let outlines: Map<string, number[][][][]> | null = null;

/** The département whose outline contains the point, if any. */
function departementContaining(lat: number, lon: number): string | null {
  outlines ??= new Map(
    [...loadDepartementOutlines()].map(([code, geometry]) => [code, geometry.type === "Polygon" ? [geometry.coordinates as number[][][]] : (geometry.coordinates as number[][][][])]),
  );
  for (const [code, polygons] of outlines) {
    for (const polygon of polygons) {
      if (insideRing(lon, lat, polygon[0]) && !polygon.slice(1).some((hole) => insideRing(lon, lat, hole))) return code;
    }
  }
  return null;
}

/** Squared distance in degrees with longitude shrunk by latitude: enough to rank neighbours. */
function distance2(lat: number, lon: number, p: Point): number {
  const dx = (p.lon - lon) * Math.cos((lat * Math.PI) / 180);
  const dy = p.lat - lat;
  return dx * dx + dy * dy;
}

function nearest(points: Iterable<Point>, lat: number, lon: number): Point | null {
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (const p of points) {
    const d = distance2(lat, lon, p);
    if (d < bestDistance) {
      bestDistance = d;
      best = p;
    }
  }
  return best;
}

/**
 * The commune at a point: the nearest commune point inside the département whose outline
 * contains it (outlines are simplified to ~110 m, so a point on a border may land next door),
 * else the nearest within ~30 km (coasts, islands). Null far from France.
 */
export function communeAt(lat: number, lon: number): { insee: string; name: string; departement: string } | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const g = loadGrid();
  const code = departementContaining(lat, lon);
  const candidates: Point[] = [];
  const row = Math.floor(lat / CELL);
  const column = Math.floor(lon / CELL);
  for (let r = row - 3; r <= row + 3; r++) for (let c = column - 3; c <= column + 3; c++) candidates.push(...(g.cells.get(`${r}:${c}`) ?? []));
  const around = nearest(candidates, lat, lon);
  let found = around;
  if (code) {
    const inside = nearest(g.byDepartement.get(code) ?? [], lat, lon);
    // Simplified outlines misplace points along borders (Aramon on the Rhône): a commune point
    // next door that is much closer than any inside wins.
    found = inside && !(around && distance2(lat, lon, around) * 4 < distance2(lat, lon, inside)) ? inside : around;
  }
  return found ? { insee: found.insee, name: found.name, departement: found.departement } : null;
}
