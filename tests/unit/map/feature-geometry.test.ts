import { describe, expect, it } from "vitest";
import { createMapFeatureSchema, featureBBox, featureGeometrySchema, MAX_VERTICES } from "../../../lib/map/feature-schemas";

const square = [[-1, 44], [-0.9, 44], [-0.9, 44.1], [-1, 44.1], [-1, 44]];

describe("drawn feature geometry", () => {
  it("accepts a point, a line and a closed polygon, dropping altitudes", () => {
    expect(featureGeometrySchema.parse({ type: "Point", coordinates: [-1, 44, 12] })).toEqual({ type: "Point", coordinates: [-1, 44] });
    expect(featureGeometrySchema.safeParse({ type: "LineString", coordinates: [[-1, 44], [-0.9, 44.05]] }).success).toBe(true);
    expect(featureGeometrySchema.safeParse({ type: "Polygon", coordinates: [square] }).success).toBe(true);
  });

  it("refuses open, degenerate or tiny rings, one-point lines and unknown types", () => {
    const messages = (input: unknown) => featureGeometrySchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages({ type: "Polygon", coordinates: [square.slice(0, 4)] })).toContain("ring_not_closed");
    expect(messages({ type: "Polygon", coordinates: [[[-1, 44], [-0.9, 44], [-1, 44]]] })).toContain("ring_too_short");
    expect(messages({ type: "Polygon", coordinates: [[[-1, 44], [-0.9, 44], [-0.9, 44], [-1, 44]]] })).toContain("ring_degenerate");
    expect(messages({ type: "LineString", coordinates: [[-1, 44]] })).toContain("line_too_short");
    expect(messages({ type: "LineString", coordinates: [[-1, 44], [-1, 44]] })).toContain("line_degenerate");
    expect(featureGeometrySchema.safeParse({ type: "MultiPolygon", coordinates: [[square]] }).success).toBe(false);
    expect(featureGeometrySchema.safeParse({ type: "Point", coordinates: [-200, 44] }).success).toBe(false);
  });

  it("refuses a drawing with too many vertices", () => {
    const line = Array.from({ length: MAX_VERTICES + 1 }, (_, i) => [-1 + i / 1e5, 44]);
    expect(featureGeometrySchema.safeParse({ type: "LineString", coordinates: line }).error?.issues[0].message).toBe("geometry_too_large");
  });

  it("requires a known kind and bounds its label", () => {
    expect(createMapFeatureSchema.safeParse({ kind: "FLOODED_AREA", geometry: { type: "Point", coordinates: [0, 45] } }).success).toBe(true);
    expect(createMapFeatureSchema.safeParse({ kind: "UFO", geometry: { type: "Point", coordinates: [0, 45] } }).success).toBe(false);
    expect(createMapFeatureSchema.safeParse({ kind: "OTHER", label: "x".repeat(201), geometry: { type: "Point", coordinates: [0, 45] } }).success).toBe(false);
  });

  it("computes the stored bounding box", () => {
    expect(featureBBox({ type: "Polygon", coordinates: [square] })).toEqual({ west: -1, south: 44, east: -0.9, north: 44.1 });
  });
});
