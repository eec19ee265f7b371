/**
 * Pure geometry helpers for watch areas (a drawn polygon, or a union of département outlines).
 * No I/O here: the outlines are loaded by ./departement-outlines (server side).
 *
 * Coordinates are GeoJSON positions, [longitude, latitude] in degrees (WGS 84).
 */
import booleanIntersects from "@turf/boolean-intersects";

/** A watch area's geometry: a GeoJSON Polygon or MultiPolygon. */
export type AreaGeometry =
  | { type: "Polygon"; coordinates: number[][][] }
  | { type: "MultiPolygon"; coordinates: number[][][][] };

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** The polygons of a geometry, so callers can treat both geometry types alike. */
function polygonsOf(geometry: AreaGeometry): number[][][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * Bounding box of a geometry, [west, south, east, north].
 *
 * Areas never cross the antimeridian (France's overseas départements sit well away from it),
 * so a plain min/max is correct.
 *
 * @throws RangeError("empty_geometry") when the geometry has no position: an empty box has no
 *   meaningful value, and returning Infinity would silently poison later comparisons.
 */
export function bboxOf(geometry: AreaGeometry): BBox {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (const position of ring) {
        const lon = position[0];
        const lat = position[1];
        if (lon < west) west = lon;
        if (lon > east) east = lon;
        if (lat < south) south = lat;
        if (lat > north) north = lat;
      }
    }
  }
  if (west === Infinity) throw new RangeError("empty_geometry");
  return [west, south, east, north];
}

/**
 * Combines several geometries into one MultiPolygon by concatenating their polygons.
 *
 * No union is computed: neighbouring départements stay separate polygons that share a border,
 * which is enough for display, bounding boxes and intersection tests, and avoids a heavy
 * polygon-clipping dependency. Positions are copied, so the result can be changed without
 * touching the inputs (which may be cached, frozen outlines).
 */
export function mergeToMultiPolygon(geometries: AreaGeometry[]): AreaGeometry {
  const coordinates: number[][][][] = [];
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      coordinates.push(polygon.map((ring) => ring.map((position) => [...position])));
    }
  }
  return { type: "MultiPolygon", coordinates };
}

/** Error codes returned by {@link validatePolygonRing}. */
export type RingError =
  | "invalid_position"
  | "coordinates_out_of_range"
  | "ring_too_short"
  | "ring_not_closed"
  | "ring_degenerate";

/**
 * Checks one linear ring of a polygon as GeoJSON (RFC 7946 §3.1.6) defines it.
 *
 * Returns null when the ring is valid, otherwise the first problem found, in this order:
 * - "invalid_position": a position is not [lon, lat] (optionally with altitude) of finite numbers;
 * - "coordinates_out_of_range": longitude outside [-180, 180] or latitude outside [-90, 90];
 * - "ring_too_short": fewer than 4 positions (a triangle plus the closing position);
 * - "ring_not_closed": the last position differs from the first;
 * - "ring_degenerate": the ring encloses no area (all positions on one line or one point).
 *
 * The ring is NOT closed automatically: a validator that silently repaired its input would hide
 * client bugs and would have to return the repaired ring. Callers that accept open rings (e.g. a
 * map drawing tool) should call {@link closeRing} first, then validate.
 */
export function validatePolygonRing(ring: number[][]): RingError | null {
  if (!Array.isArray(ring)) return "invalid_position";
  for (const position of ring) {
    if (
      !Array.isArray(position) ||
      position.length < 2 ||
      position.length > 3 ||
      !position.every((n) => typeof n === "number" && Number.isFinite(n))
    ) {
      return "invalid_position";
    }
    const [lon, lat] = position;
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return "coordinates_out_of_range";
  }
  if (ring.length < 4) return "ring_too_short";
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) return "ring_not_closed";
  if (ringArea2(ring) === 0) return "ring_degenerate";
  return null;
}

/**
 * Returns the ring closed (last position equal to the first), copying it only when needed.
 * Meant for input from drawing tools that send open rings, before {@link validatePolygonRing}.
 */
export function closeRing(ring: number[][]): number[][] {
  if (ring.length === 0) return ring;
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first[0] === last[0] && first[1] === last[1]) return ring;
  return [...ring, [...first]];
}

/** Twice the signed planar area of a closed ring (shoelace formula); 0 when it is flat. */
function ringArea2(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum;
}

function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

// Outlines are passed again and again (every area check against the same 101 départements), so
// their boxes are computed once per geometry object. A WeakMap lets the cache go with them.
// This assumes a geometry is not changed after it was checked: true of the loaded outlines,
// which are frozen; build a new geometry rather than editing one in place.
const bboxCache = new WeakMap<AreaGeometry, BBox>();

/** Bounding box, or null for a geometry without any position (it can intersect nothing). */
function bboxOrNull(geometry: AreaGeometry): BBox | null {
  try {
    return bboxOf(geometry);
  } catch {
    return null;
  }
}

function cachedBbox(geometry: AreaGeometry): BBox | null {
  if (bboxCache.has(geometry)) return bboxCache.get(geometry) ?? null;
  const box = bboxOrNull(geometry);
  if (box) bboxCache.set(geometry, box);
  return box;
}

/**
 * True when `geometry` overlaps (shares at least one point with) at least one of `others`:
 * used to refuse a watch area drawn outside France. An area that contains an outline, or lies
 * inside one, also counts.
 *
 * A cheap bounding-box test first discards most outlines, so the exact (and much slower)
 * polygon test only runs for the few candidates around the area.
 */
export function intersectsAny(geometry: AreaGeometry, others: AreaGeometry[]): boolean {
  const box = bboxOrNull(geometry);
  if (!box) return false;
  for (const other of others) {
    const otherBox = cachedBbox(other);
    if (!otherBox || !bboxesOverlap(box, otherBox)) continue;
    if (booleanIntersects(geometry, other)) return true;
  }
  return false;
}
