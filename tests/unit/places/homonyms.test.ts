/** Generated: every commune name shared by several communes resolves inside the activation's département. */
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "@/lib/places/load-gazetteer";
import { resolvePlaces } from "@/lib/places/resolve-places";

describe("homonyms", () => {
  const byName = new Map<string, { insee: string; departement: string }[]>();
  for (const c of loadGazetteer().communes) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  const shared = [...byName].filter(([, list]) => list.length > 1);

  it("has the ~1,400 shared names the issue speaks of", () => {
    expect(shared.length).toBeGreaterThan(1300);
  });

  it("resolves each shared name to the commune inside the given département", () => {
    const failures: string[] = [];
    let cases = 0;
    for (const [name, list] of shared) {
      for (const commune of list) {
        // Two communes of one name in one département cannot be told apart by the area.
        if (list.filter((c) => c.departement === commune.departement).length > 1) continue;
        cases++;
        const text = name.startsWith("Le ") ? `Orages au ${name.slice(3)} cette nuit` : `Orages à ${name} cette nuit`;
        const place = resolvePlaces(text, { departements: [commune.departement] }).find((p) => p.insee !== null);
        if (place?.insee !== commune.insee || place.ambiguous) failures.push(`${name} (${commune.departement}) → ${place?.insee}`);
      }
    }
    expect(cases).toBeGreaterThan(3000);
    expect(failures.join("\n")).toBe("");
  });

  it("without an area, picks the most populous and flags it as ambiguous", () => {
    const places = resolvePlaces("Orages à Saint-Paul cette nuit");
    expect(places).toHaveLength(1);
    expect(places[0].ambiguous).toBe(true);
    const candidates = byName.get("Saint-Paul") ?? [];
    const populations = new Map(loadGazetteer().communes.map((c) => [c.insee, c.population]));
    expect(Math.max(...candidates.map((c) => populations.get(c.insee) ?? 0))).toBe(populations.get(places[0].insee ?? ""));
  });

  it("uses a département the post names to choose", () => {
    const places = resolvePlaces("Plouhinec (56) : la route de la côte fermée", { departements: ["29", "56"] });
    expect(places.map((p) => p.insee)).toEqual(["56169"]);
  });
});
