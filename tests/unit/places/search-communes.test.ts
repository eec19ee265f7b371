import { describe, expect, it } from "vitest";
import { searchCommunes } from "../../../lib/places/search-communes";

describe("commune search (map, solidarity board)", () => {
  it("finds by the start of the name, accents and hyphens ignored, the activation's départements first", () => {
    expect(searchCommunes("tartas", { departements: ["40"] })[0]).toMatchObject({ name: "Tartas", departement: "40" });
    expect(searchCommunes("mont de mars", { departements: ["40"] })[0]).toMatchObject({ name: "Mont-de-Marsan" });
    expect(searchCommunes("saint paul les d", { departements: ["40"] })[0]).toMatchObject({ name: "Saint-Paul-lès-Dax" });
    const hits = searchCommunes("saint", { departements: ["40"], limit: 8 });
    expect(hits.length).toBe(8);
    expect(hits.every((hit) => hit.departement === "40")).toBe(true);
  });

  it("needs two letters and answers nothing for nonsense", () => {
    expect(searchCommunes("t")).toEqual([]);
    expect(searchCommunes("zzqxw")).toEqual([]);
  });
});
