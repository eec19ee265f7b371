import { describe, expect, it } from "vitest";
import { communeAt } from "@/lib/places/commune-at";
import { loadGazetteer } from "@/lib/places/load-gazetteer";

describe("communeAt", () => {
  it("finds each commune of the Landes, the Gard and the Aude at its own point", () => {
    const communes = loadGazetteer().communes.filter((c) => ["40", "30", "11"].includes(c.departement) && c.ownPoint);
    const failures = communes.filter((c) => communeAt(c.lat, c.lon)?.insee !== c.insee).map((c) => `${c.name} ${c.insee} → ${communeAt(c.lat, c.lon)?.insee}`);
    expect(communes.length).toBeGreaterThan(400);
    expect(failures.join("\n")).toBe("");
  });

  it("finds the commune of a point a little away from its centre", () => {
    expect(communeAt(43.895, -0.505)).toEqual({ insee: "40192", name: "Mont-de-Marsan", departement: "40" });
    expect(communeAt(43.7031, 7.2661)).toEqual({ insee: "06088", name: "Nice", departement: "06" });
  });

  it("answers null far from France", () => {
    expect(communeAt(40.7128, -74.006)).toBeNull();
    expect(communeAt(Number.NaN, 2)).toBeNull();
  });
});
