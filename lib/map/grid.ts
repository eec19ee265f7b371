/**
 * Pure maths of the map's server-side clustering: a square grid in degrees whose cell is about
 * CELL_PIXELS wide on screen at the requested zoom. Cells are aligned on multiples of their size
 * (not on the viewport), so panning keeps the same clusters and the browser can cache them.
 */

/** A viewport in degrees (WGS 84). */
export type MapBBox = { west: number; south: number; east: number; north: number };

/** About the size of a cluster bubble: neighbours closer than this merge. */
export const CELL_PIXELS = 64;
/** From this zoom (a street), reports are always shown one by one if there are not too many. */
export const POINTS_MIN_ZOOM = 15;
/** A viewport with at most this many reports shows them one by one at any zoom. */
export const POINTS_MAX = 300;
/** Never more individual reports than this in one answer (a street full of reports stays clustered). */
export const POINTS_HARD_LIMIT = 2000;

const TILE_PIXELS = 256;

/** The cell's side in degrees at a zoom level (Web Mercator: a 256 px tile spans 360° / 2^zoom). */
export function cellSizeDegrees(zoom: number): number {
  return (360 / 2 ** zoom) * (CELL_PIXELS / TILE_PIXELS);
}

export function cellIndex(value: number, cell: number): number {
  return Math.floor(value / cell);
}

/**
 * The viewport widened outwards to whole cells and clamped to the world, so a cluster cut by the
 * screen edge is counted whole and does not change as the user pans.
 */
export function snapBBoxToCells(bbox: MapBBox, cell: number): MapBBox {
  // "+ 0" turns a -0 (ceil of a small negative) into 0.
  return {
    west: Math.max(-180, Math.floor(bbox.west / cell) * cell) + 0,
    south: Math.max(-90, Math.floor(bbox.south / cell) * cell) + 0,
    east: Math.min(180, Math.ceil(bbox.east / cell) * cell) + 0,
    north: Math.min(90, Math.ceil(bbox.north / cell) * cell) + 0,
  };
}

/** Whether a viewport should get individual reports rather than clusters. */
export function showIndividualPoints(zoom: number, total: number): boolean {
  if (total <= POINTS_MAX) return true;
  return zoom >= POINTS_MIN_ZOOM && total <= POINTS_HARD_LIMIT;
}

/** The bounding box of a list of [lon, lat] positions. */
export function bboxOfPositions(positions: readonly (readonly number[])[]): MapBBox {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of positions) {
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  if (west === Infinity) throw new RangeError("empty_geometry");
  return { west, south, east, north };
}
