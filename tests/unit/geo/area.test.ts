import { describe, expect, it } from "vitest";
import {
  bboxOf,
  closeRing,
  intersectsAny,
  mergeToMultiPolygon,
  validatePolygonRing,
  type AreaGeometry,
} from "../../../lib/geo/area";

/** Closed axis-aligned square ring, counter-clockwise. */
function squareRing(west: number, south: number, east: number, north: number): number[][] {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

function square(west: number, south: number, east: number, north: number): AreaGeometry {
  return { type: "Polygon", coordinates: [squareRing(west, south, east, north)] };
}

describe("bboxOf", () => {
  it("returns [west, south, east, north] of a polygon", () => {
    const triangle: AreaGeometry = {
      type: "Polygon",
      coordinates: [
        [
          [-1.5, 43.5],
          [0.2, 43.9],
          [-0.7, 44.6],
          [-1.5, 43.5],
        ],
      ],
    };
    expect(bboxOf(triangle)).toEqual([-1.5, 43.5, 0.2, 44.6]);
  });

  it("covers every polygon of a multipolygon, holes included", () => {
    const multi: AreaGeometry = {
      type: "MultiPolygon",
      coordinates: [[squareRing(55.2, -21.4, 55.9, -20.8)], [squareRing(-61.8, 15.8, -61, 16.5), squareRing(-61.5, 16, -61.2, 16.2)]],
    };
    expect(bboxOf(multi)).toEqual([-61.8, -21.4, 55.9, 16.5]);
  });

  it("refuses an empty geometry instead of returning infinities", () => {
    expect(() => bboxOf({ type: "MultiPolygon", coordinates: [] })).toThrow("empty_geometry");
  });
});

describe("mergeToMultiPolygon", () => {
  it("concatenates the polygons of polygons and multipolygons in order", () => {
    const a = square(0, 0, 1, 1);
    const b: AreaGeometry = { type: "MultiPolygon", coordinates: [[squareRing(2, 2, 3, 3)], [squareRing(4, 4, 5, 5)]] };
    const merged = mergeToMultiPolygon([a, b]);
    expect(merged).toEqual({
      type: "MultiPolygon",
      coordinates: [[squareRing(0, 0, 1, 1)], [squareRing(2, 2, 3, 3)], [squareRing(4, 4, 5, 5)]],
    });
    expect(bboxOf(merged)).toEqual([0, 0, 5, 5]);
  });

  it("copies positions so the inputs are left untouched", () => {
    const a = square(0, 0, 1, 1);
    const merged = mergeToMultiPolygon([a]);
    if (merged.type !== "MultiPolygon") throw new Error("expected a MultiPolygon");
    merged.coordinates[0][0][0][0] = 99;
    expect(a.coordinates[0][0][0]).toBe(0);
  });

  it("gives an empty MultiPolygon for no input", () => {
    expect(mergeToMultiPolygon([])).toEqual({ type: "MultiPolygon", coordinates: [] });
  });
});

describe("validatePolygonRing", () => {
  it("accepts a closed ring of four positions or more", () => {
    expect(validatePolygonRing(squareRing(-1, 43, 0, 44))).toBeNull();
    expect(
      validatePolygonRing([
        [0, 0],
        [1, 0],
        [0, 1],
        [0, 0],
      ]),
    ).toBeNull();
  });

  it("rejects rings with fewer than four positions", () => {
    expect(validatePolygonRing([])).toBe("ring_too_short");
    expect(
      validatePolygonRing([
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
    ).toBe("ring_too_short");
  });

  it("rejects an open ring and does not close it by itself", () => {
    const open = squareRing(0, 0, 1, 1).slice(0, 4);
    expect(validatePolygonRing(open)).toBe("ring_not_closed");
    const closed = closeRing(open);
    expect(closed).toHaveLength(5);
    expect(closed[4]).toEqual([0, 0]);
    expect(validatePolygonRing(closed)).toBeNull();
    expect(open).toHaveLength(4);
    // An already closed ring comes back as is.
    const ring = squareRing(0, 0, 1, 1);
    expect(closeRing(ring)).toBe(ring);
  });

  it("rejects coordinates outside WGS 84 ranges", () => {
    expect(validatePolygonRing(squareRing(179, 0, 181, 1))).toBe("coordinates_out_of_range");
    expect(validatePolygonRing(squareRing(0, 89, 1, 91))).toBe("coordinates_out_of_range");
  });

  it("rejects malformed positions", () => {
    expect(
      validatePolygonRing([
        [0, 0],
        [1, Number.NaN],
        [1, 1],
        [0, 0],
      ]),
    ).toBe("invalid_position");
    expect(
      validatePolygonRing([
        [0, 0],
        [1],
        [1, 1],
        [0, 0],
      ]),
    ).toBe("invalid_position");
  });

  it("rejects a ring that encloses no area", () => {
    expect(
      validatePolygonRing([
        [0, 0],
        [1, 1],
        [2, 2],
        [0, 0],
      ]),
    ).toBe("ring_degenerate");
  });
});

describe("intersectsAny", () => {
  const outlines = [square(0, 0, 10, 10), square(20, 20, 30, 30)];

  it("is true for an area overlapping, inside or containing an outline", () => {
    expect(intersectsAny(square(9, 9, 12, 12), outlines)).toBe(true);
    expect(intersectsAny(square(2, 2, 3, 3), outlines)).toBe(true);
    expect(intersectsAny(square(15, 15, 35, 35), outlines)).toBe(true);
  });

  it("is false for an area away from every outline", () => {
    expect(intersectsAny(square(12, 12, 18, 18), outlines)).toBe(false);
    expect(intersectsAny(square(-10, -10, -1, -1), outlines)).toBe(false);
    expect(intersectsAny(square(2, 2, 3, 3), [])).toBe(false);
  });

  it("does not trust overlapping bounding boxes alone", () => {
    // An L-shaped outline whose box contains the area, while the shape itself does not.
    const lShape: AreaGeometry = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 2],
          [2, 2],
          [2, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    expect(intersectsAny(square(5, 5, 8, 8), [lShape])).toBe(false);
    expect(intersectsAny(square(5, 1, 8, 8), [lShape])).toBe(true);
  });

  it("handles multipolygon areas", () => {
    const area: AreaGeometry = { type: "MultiPolygon", coordinates: [[squareRing(12, 12, 13, 13)], [squareRing(25, 25, 26, 26)]] };
    expect(intersectsAny(area, outlines)).toBe(true);
  });
});
