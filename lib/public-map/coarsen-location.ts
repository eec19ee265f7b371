import { communeAt } from "../places/commune-at";
import { loadGazetteer } from "../places/load-gazetteer";

/** The public map never shows cells smaller than this. */
export const MIN_GRID_METERS = 500;
const METERS_PER_DEGREE_LAT = 111_320;

export type PublicPrecisionSettings = { publicPrecision: string; publicGridMeters: number };
export type StoredLocation = { lat: number | null; lon: number | null; precision: string | null };
export type CoarseLocation = { lat: number; lon: number; area: "commune" | "departement" | "grid"; placeName: string | null; cellMeters: number | null };

/**
 * The centre of the grid cell holding a point: rows of `meters` of latitude, and in each row
 * columns of `meters` of longitude at the row's middle latitude, so cells stay about square
 * from Corsica to Dunkirk. Every point of a cell gets the same centre: the exact point never
 * leaves the server.
 */
export function gridCellCentre(lat: number, lon: number, meters: number): { lat: number; lon: number } {
  const side = Math.max(MIN_GRID_METERS, meters);
  const latStep = side / METERS_PER_DEGREE_LAT;
  const row = Math.floor(lat / latStep);
  const centreLat = (row + 0.5) * latStep;
  const lonStep = side / (METERS_PER_DEGREE_LAT * Math.cos((centreLat * Math.PI) / 180));
  const column = Math.floor(lon / lonStep);
  return { lat: round6(centreLat), lon: round6((column + 0.5) * lonStep) };
}

/**
 * Where the public map may show a report: its commune's centre (precision "commune"), or the
 * centre of its grid cell (precision "grid", cells of at least 500 m). A report only placed at
 * the département's scale shows at the département's centre. A point outside every commune
 * falls back to the grid. Null when the report has no place.
 */
export function coarsenLocation(location: StoredLocation, settings: PublicPrecisionSettings): CoarseLocation | null {
  if (location.lat === null || location.lon === null || !Number.isFinite(location.lat) || !Number.isFinite(location.lon)) return null;
  const gazetteer = loadGazetteer();
  const commune = communeAt(location.lat, location.lon);
  if (location.precision === "departement") {
    const departement = commune ? gazetteer.departementByCode.get(commune.departement) : undefined;
    if (departement) return { lat: round6(departement.lat), lon: round6(departement.lon), area: "departement", placeName: departement.name, cellMeters: null };
  }
  if (settings.publicPrecision === "commune" && commune) {
    const centre = gazetteer.communeByInsee.get(commune.insee);
    if (centre) return { lat: round6(centre.lat), lon: round6(centre.lon), area: "commune", placeName: centre.name, cellMeters: null };
  }
  const meters = Math.max(MIN_GRID_METERS, settings.publicGridMeters);
  const cell = gridCellCentre(location.lat, location.lon, meters);
  // Named after the commune of the cell's centre, never after the exact point.
  return { ...cell, area: "grid", placeName: communeAt(cell.lat, cell.lon)?.name ?? null, cellMeters: meters };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
