import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bboxOf, type AreaGeometry } from "../../../lib/geo/area";
import { areaFromDepartements, departementsOverlapping, isInFrance, loadDepartementOutlines } from "../../../lib/geo/departement-outlines";
import { DEPARTEMENTS, findDepartement } from "../../../lib/geo/departements";

function square(lon: number, lat: number, half = 0.05): AreaGeometry {
  return {
    type: "Polygon",
    coordinates: [
      [
        [lon - half, lat - half],
        [lon + half, lat - half],
        [lon + half, lat + half],
        [lon - half, lat + half],
        [lon - half, lat - half],
      ],
    ],
  };
}

function ringsOf(geometry: AreaGeometry): number[][][] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

const OVERSEAS_ZONES: Record<string, string> = {
  "971": "America/Guadeloupe",
  "972": "America/Martinique",
  "973": "America/Cayenne",
  "974": "Indian/Reunion",
  "976": "Indian/Mayotte",
};

describe("DEPARTEMENTS table", () => {
  it("lists the 96 metropolitan and 5 overseas départements once each", () => {
    const codes = DEPARTEMENTS.map((d) => d.code);
    expect(codes).toHaveLength(101);
    expect(new Set(codes).size).toBe(101);
    const expected = [
      ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, "0")).filter((code) => code !== "20"),
      "2A",
      "2B",
      "971",
      "972",
      "973",
      "974",
      "976",
    ];
    expect([...codes].sort()).toEqual([...expected].sort());
    expect(DEPARTEMENTS.filter((d) => d.overseas).map((d) => d.code)).toEqual(["971", "972", "973", "974", "976"]);
  });

  it("is sorted by code with Corsica in the place of 20 and overseas last", () => {
    const codes = DEPARTEMENTS.map((d) => d.code);
    expect(codes.slice(0, 3)).toEqual(["01", "02", "03"]);
    expect(codes.slice(18, 22)).toEqual(["19", "2A", "2B", "21"]);
    expect(codes.slice(-6)).toEqual(["95", "971", "972", "973", "974", "976"]);
  });

  it("gives the right IANA time zone", () => {
    for (const d of DEPARTEMENTS) {
      expect(d.timeZone).toBe(OVERSEAS_ZONES[d.code] ?? "Europe/Paris");
      // Throws on a time zone the runtime does not know.
      expect(() => new Intl.DateTimeFormat("fr-FR", { timeZone: d.timeZone })).not.toThrow();
    }
  });

  it("carries accented French names", () => {
    expect(findDepartement("40")?.name).toBe("Landes");
    expect(findDepartement("64")?.name).toBe("Pyrénées-Atlantiques");
    expect(findDepartement("974")?.name).toBe("La Réunion");
    expect(findDepartement("68")?.name).toBe("Haut-Rhin");
    expect(findDepartement("77")?.name).toBe("Seine-et-Marne");
    expect(findDepartement("2a")?.name).toBe("Corse-du-Sud");
    expect(findDepartement("20")).toBeUndefined();
    expect(findDepartement("975")).toBeUndefined();
  });

  it("has the Landes bounding box", () => {
    const [west, south, east, north] = findDepartement("40")!.bbox;
    expect(Math.abs(west - -1.53)).toBeLessThan(0.1);
    expect(Math.abs(south - 43.48)).toBeLessThan(0.1);
    expect(Math.abs(east - 0.14)).toBeLessThan(0.1);
    expect(Math.abs(north - 44.54)).toBeLessThan(0.1);
  });

  it("has plausible boxes: metropolitan ones inside mainland France and Corsica", () => {
    for (const d of DEPARTEMENTS) {
      const [west, south, east, north] = d.bbox;
      expect(west).toBeLessThan(east);
      expect(south).toBeLessThan(north);
      if (!d.overseas) {
        expect(west).toBeGreaterThan(-5.5);
        expect(east).toBeLessThan(9.7);
        expect(south).toBeGreaterThan(41.3);
        expect(north).toBeLessThan(51.2);
      }
    }
    expect(findDepartement("974")!.bbox[1]).toBeLessThan(-20);
    expect(findDepartement("973")!.bbox[0]).toBeLessThan(-54);
  });
});

describe("département outlines", () => {
  const outlines = loadDepartementOutlines();

  it("has one outline per département of the table, and the same boxes", () => {
    expect([...outlines.keys()].sort()).toEqual(DEPARTEMENTS.map((d) => d.code).sort());
    for (const d of DEPARTEMENTS) {
      expect(bboxOf(outlines.get(d.code)!)).toEqual(d.bbox);
    }
  });

  it("has only closed rings of at least four positions, rounded to 4 decimals", () => {
    // Problems are collected rather than asserted one by one: there are ~18,000 positions.
    const problems: string[] = [];
    const rounded = (n: number) => Math.round(n * 1e4) / 1e4 === n;
    for (const [code, geometry] of outlines) {
      const rings = ringsOf(geometry);
      if (rings.length === 0) problems.push(`${code}: no ring`);
      rings.forEach((ring, index) => {
        const first = ring[0];
        const last = ring[ring.length - 1];
        if (ring.length < 4) problems.push(`${code} ring ${index}: ${ring.length} positions`);
        if (first[0] !== last[0] || first[1] !== last[1]) problems.push(`${code} ring ${index}: not closed`);
        if (!ring.every((p) => p.length === 2 && rounded(p[0]) && rounded(p[1]))) {
          problems.push(`${code} ring ${index}: position not [lon, lat] rounded to 4 decimals`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it("stays a small file", () => {
    const size = fs.statSync(path.join(process.cwd(), "public", "geo", "departements.geojson")).size;
    expect(size).toBeLessThan(400 * 1024);
  });

  it("shares frozen geometries, so the cache cannot be corrupted", () => {
    const landes = outlines.get("40")!;
    expect(Object.isFrozen(landes)).toBe(true);
    expect(Object.isFrozen(ringsOf(landes)[0][0])).toBe(true);
    outlines.delete("40");
    expect(loadDepartementOutlines().has("40")).toBe(true);
  });
});

describe("isInFrance", () => {
  it("accepts an area around Mont-de-Marsan", () => {
    expect(isInFrance(square(-0.5, 43.89))).toBe(true);
  });

  it("refuses an area in the middle of the Atlantic", () => {
    expect(isInFrance(square(-30, 45, 1))).toBe(false);
  });

  it("refuses an area in Spain near Madrid", () => {
    expect(isInFrance(square(-3.7, 40.42, 0.2))).toBe(false);
  });

  it("refuses an area in Navarre, inside the Pyrénées-Atlantiques bounding box", () => {
    // Pamplona: the bounding-box pre-check passes, the exact outline test must say no.
    const [west, south, east, north] = findDepartement("64")!.bbox;
    expect(-1.64 > west && -1.64 < east && 42.81 > south && 42.81 < north).toBe(true);
    expect(isInFrance(square(-1.64, 42.81, 0.03))).toBe(false);
  });

  it("accepts an area on La Réunion and one in Guyane", () => {
    expect(isInFrance(square(55.53, -21.12))).toBe(true);
    expect(isInFrance(square(-53.1, 4.0))).toBe(true);
  });

  it("accepts a large area that contains départements and crosses the border", () => {
    expect(isInFrance(square(-1, 43, 1.5))).toBe(true);
  });
});

describe("departementsOverlapping", () => {
  it("names the départements under an area, in table order", () => {
    expect(departementsOverlapping(square(-0.5, 43.89))).toEqual(["40"]);
    // Around the meeting point of Landes, Gers and Pyrénées-Atlantiques (near Aire-sur-l'Adour).
    expect(departementsOverlapping(square(-0.22, 43.6, 0.05))).toEqual(["32", "40", "64"]);
    expect(departementsOverlapping(square(55.53, -21.12))).toEqual(["974"]);
    expect(departementsOverlapping(square(-30, 45, 1))).toEqual([]);
  });
});

describe("areaFromDepartements", () => {
  it("merges the outlines into one MultiPolygon with its bounding box", () => {
    const { geometry, bbox } = areaFromDepartements(["40", "64"]);
    expect(geometry.type).toBe("MultiPolygon");
    const landes = findDepartement("40")!.bbox;
    const pa = findDepartement("64")!.bbox;
    expect(bbox).toEqual([
      Math.min(landes[0], pa[0]),
      Math.min(landes[1], pa[1]),
      Math.max(landes[2], pa[2]),
      Math.max(landes[3], pa[3]),
    ]);
    expect(isInFrance(geometry)).toBe(true);
  });

  it("ignores duplicates and normalises case", () => {
    const once = areaFromDepartements(["2A"]);
    const twice = areaFromDepartements(["2a", " 2A "]);
    expect(twice).toEqual(once);
    expect(once.bbox).toEqual(findDepartement("2A")!.bbox);
  });

  it("returns a copy that can be changed without touching the cache", () => {
    const { geometry } = areaFromDepartements(["974"]);
    if (geometry.type !== "MultiPolygon") throw new Error("expected a MultiPolygon");
    geometry.coordinates[0][0][0][0] = 0;
    expect(areaFromDepartements(["974"]).bbox).toEqual(findDepartement("974")!.bbox);
  });

  it("refuses an empty list and unknown codes", () => {
    expect(() => areaFromDepartements([])).toThrow(expect.objectContaining({ code: "INVALID_INPUT", message: "departement_required" }));
    expect(() => areaFromDepartements(["40", "20"])).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", message: "unknown_departement" }),
    );
    expect(() => areaFromDepartements(["975"])).toThrow("unknown_departement");
  });
});
