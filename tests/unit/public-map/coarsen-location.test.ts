import { describe, expect, it } from "vitest";
import { coarsenLocation, gridCellCentre } from "../../../lib/public-map/coarsen-location";

const metresBetween = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const dLat = (a.lat - b.lat) * 111_320;
  const dLon = (a.lon - b.lon) * 111_320 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
};

describe("gridCellCentre", () => {
  it("gives every point of a cell the same centre, within half a cell's diagonal", () => {
    const a = gridCellCentre(43.712345, -1.051234, 1000);
    const b = gridCellCentre(43.7126, -1.0515, 1000);
    expect(b).toEqual(a);
    expect(metresBetween(a, { lat: 43.712345, lon: -1.051234 })).toBeLessThanOrEqual(Math.SQRT2 * 500 + 1);
  });

  it("never makes cells smaller than 500 m", () => {
    expect(gridCellCentre(43.71, -1.05, 10)).toEqual(gridCellCentre(43.71, -1.05, 500));
  });
});

describe("coarsenLocation", () => {
  it("moves a point to its commune's centre, or to its grid cell", () => {
    expect(coarsenLocation({ lat: 43.712345, lon: -1.051234, precision: "point" }, { publicPrecision: "commune", publicGridMeters: 1000 })).toMatchObject({ area: "commune", placeName: "Dax" });
    const grid = coarsenLocation({ lat: 43.712345, lon: -1.051234, precision: "point" }, { publicPrecision: "grid", publicGridMeters: 2000 });
    expect(grid).toMatchObject({ area: "grid", cellMeters: 2000, ...gridCellCentre(43.712345, -1.051234, 2000) });
  });

  it("keeps a département-wide place at the département's centre, and no place as none", () => {
    expect(coarsenLocation({ lat: 43.9, lon: -0.75, precision: "departement" }, { publicPrecision: "grid", publicGridMeters: 1000 })).toMatchObject({ area: "departement", placeName: "Landes" });
    expect(coarsenLocation({ lat: null, lon: null, precision: null }, { publicPrecision: "grid", publicGridMeters: 1000 })).toBeNull();
  });
});
