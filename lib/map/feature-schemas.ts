import { z } from "zod";
import { bboxOfPositions, type MapBBox } from "./grid";

export const MAP_FEATURE_KINDS = ["FLOODED_AREA", "CLOSED_ROAD", "LANDSLIDE", "FIRE_FRONT", "SHELTER", "EVACUATION_ZONE", "WATER_POINT", "OTHER"] as const;
export type MapFeatureKindCode = (typeof MAP_FEATURE_KINDS)[number];

/** A drawing bigger than this is a mistake or an attack, not a flooded area. */
export const MAX_VERTICES = 5000;

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number());
const sameSpot = (a: readonly number[], b: readonly number[]) => a[0] === b[0] && a[1] === b[1];

/** A closed ring: at least three distinct corners, its last position equal to its first. */
const ring = z
  .array(position)
  .min(4, { message: "ring_too_short" })
  .refine((positions) => sameSpot(positions[0], positions[positions.length - 1]), { message: "ring_not_closed" })
  .refine((positions) => new Set(positions.slice(0, -1).map((p) => `${p[0]},${p[1]}`)).size >= 3, { message: "ring_degenerate" });

/** The GeoJSON geometries volunteers may draw: a point, a line or a polygon (WGS 84). */
export const featureGeometrySchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("Point"), coordinates: position }),
    z.object({
      type: z.literal("LineString"),
      coordinates: z.array(position).min(2, { message: "line_too_short" }).refine((positions) => positions.some((p) => !sameSpot(p, positions[0])), { message: "line_degenerate" }),
    }),
    z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
  ])
  .refine((geometry) => positionsOf(geometry).length <= MAX_VERTICES, { message: "geometry_too_large" })
  // Positions are stored as [lon, lat] only: drop any altitude a tool might add.
  .transform((geometry) => stripAltitude(geometry));
export type FeatureGeometry = z.infer<typeof featureGeometrySchema>;

const label = z.string().trim().max(200);
const note = z.string().trim().max(2000);

export const createMapFeatureSchema = z.object({
  kind: z.enum(MAP_FEATURE_KINDS),
  geometry: featureGeometrySchema,
  label: label.default(""),
  note: note.default(""),
});
export type CreateMapFeatureInput = z.infer<typeof createMapFeatureSchema>;

export const updateMapFeatureSchema = z.object({
  /** The version the change was made on: a change on an older one is refused. */
  version: z.coerce.number().int().min(1),
  kind: z.enum(MAP_FEATURE_KINDS).optional(),
  geometry: featureGeometrySchema.optional(),
  label: label.optional(),
  note: note.optional(),
});

export const deleteMapFeatureSchema = z.object({ version: z.coerce.number().int().min(1) });

type AnyGeometry = { type: "Point"; coordinates: number[] } | { type: "LineString"; coordinates: number[][] } | { type: "Polygon"; coordinates: number[][][] };

export function positionsOf(geometry: AnyGeometry): number[][] {
  if (geometry.type === "Point") return [geometry.coordinates];
  if (geometry.type === "LineString") return geometry.coordinates;
  return geometry.coordinates.flat();
}

function stripAltitude<T extends AnyGeometry>(geometry: T): T {
  const two = (p: number[]) => [p[0], p[1]];
  if (geometry.type === "Point") return { ...geometry, coordinates: two(geometry.coordinates) };
  if (geometry.type === "LineString") return { ...geometry, coordinates: geometry.coordinates.map(two) };
  return { ...geometry, coordinates: (geometry.coordinates as number[][][]).map((r) => r.map(two)) };
}

/** The bounding box stored beside a feature for viewport queries. */
export function featureBBox(geometry: AnyGeometry): MapBBox {
  return bboxOfPositions(positionsOf(geometry));
}
