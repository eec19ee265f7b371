import { describe, expect, it } from "vitest";
import { bboxOfPositions, cellIndex, cellSizeDegrees, CELL_PIXELS, POINTS_HARD_LIMIT, POINTS_MAX, POINTS_MIN_ZOOM, showIndividualPoints, snapBBoxToCells } from "../../../lib/map/grid";
import { mapViewQuerySchema, timeRange } from "../../../lib/map/map-query-schema";

describe("map grid", () => {
  it("halves the cell at each zoom level and spans CELL_PIXELS of a 256 px tile", () => {
    expect(cellSizeDegrees(0)).toBeCloseTo((360 * CELL_PIXELS) / 256);
    expect(cellSizeDegrees(9) / cellSizeDegrees(10)).toBeCloseTo(2);
  });

  it("snaps a viewport outwards to whole cells, clamped to the world", () => {
    const cell = 0.25;
    const snapped = snapBBoxToCells({ west: -0.9, south: 43.61, east: -0.12, north: 44.01 }, cell);
    expect(snapped).toEqual({ west: -1, south: 43.5, east: 0, north: 44.25 });
    expect(snapBBoxToCells({ west: -179.9, south: -89.9, east: 179.9, north: 89.9 }, 45)).toEqual({ west: -180, south: -90, east: 180, north: 90 });
  });

  it("keeps the same cells when the viewport pans inside them", () => {
    const cell = cellSizeDegrees(10);
    const a = snapBBoxToCells({ west: -1.001, south: 43.7, east: -0.5, north: 44 }, cell);
    const b = snapBBoxToCells({ west: -1.0005, south: 43.7001, east: -0.5001, north: 43.9999 }, cell);
    expect(b).toEqual(a);
  });

  it("puts negative coordinates in the cell below (floor, not truncation)", () => {
    expect(cellIndex(-0.1, 1)).toBe(-1);
    expect(cellIndex(0.1, 1)).toBe(0);
    expect(cellIndex(-1, 1)).toBe(-1);
  });

  it("shows reports one by one for small counts or at street zoom, never beyond the hard limit", () => {
    expect(showIndividualPoints(5, POINTS_MAX)).toBe(true);
    expect(showIndividualPoints(5, POINTS_MAX + 1)).toBe(false);
    expect(showIndividualPoints(POINTS_MIN_ZOOM, POINTS_HARD_LIMIT)).toBe(true);
    expect(showIndividualPoints(POINTS_MIN_ZOOM + 3, POINTS_HARD_LIMIT + 1)).toBe(false);
  });

  it("computes the bounding box of positions and refuses none", () => {
    expect(bboxOfPositions([[-1, 44], [0.5, 43.5], [0, 45]])).toEqual({ west: -1, south: 43.5, east: 0.5, north: 45 });
    expect(() => bboxOfPositions([])).toThrow("empty_geometry");
  });
});

describe("map view query", () => {
  it("parses a viewport, zoom, lists and defaults", () => {
    const query = mapViewQuerySchema.parse({ bbox: "-1.5,43.4,0.2,44.6", zoom: "9", categories: "water_levels,roads_cut", severities: "3,4", layers: "communes" });
    expect(query.bbox).toEqual({ west: -1.5, south: 43.4, east: 0.2, north: 44.6 });
    expect(query.zoom).toBe(9);
    expect(query.categories).toEqual(["water_levels", "roads_cut"]);
    expect(query.severities).toEqual([3, 4]);
    expect(query.window).toBe("all");
    expect(query.layers).toEqual(["communes"]);
  });

  it("refuses a reversed or out-of-range box, a bad status, a custom window without start", () => {
    expect(mapViewQuerySchema.safeParse({ bbox: "1,44,0,45", zoom: 5 }).success).toBe(false);
    expect(mapViewQuerySchema.safeParse({ bbox: "-200,44,0,45", zoom: 5 }).success).toBe(false);
    expect(mapViewQuerySchema.safeParse({ bbox: "0,44,1,45", zoom: 30 }).success).toBe(false);
    expect(mapViewQuerySchema.safeParse({ bbox: "0,44,1,45", zoom: 5, statuses: "NEW,BOGUS" }).success).toBe(false);
    expect(mapViewQuerySchema.safeParse({ bbox: "0,44,1,45", zoom: 5, window: "custom" }).success).toBe(false);
    expect(mapViewQuerySchema.safeParse({ bbox: "0,44,1,45", zoom: 5, categories: "DROP TABLE" }).success).toBe(false);
  });

  it("turns a time window into a range", () => {
    const now = new Date("2026-11-28T12:00:00Z");
    expect(timeRange({ window: "all" }, now)).toEqual({ from: null, to: null });
    expect(timeRange({ window: "6h" }, now).from?.toISOString()).toBe("2026-11-28T06:00:00.000Z");
    const from = new Date("2026-11-27T00:00:00Z");
    expect(timeRange({ window: "custom", from }, now)).toEqual({ from, to: null });
  });
});
