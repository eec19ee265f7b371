import { describe, expect, it } from "vitest";
import { COMMON_WORDS } from "@/lib/places/common-words";
import { foldName } from "@/lib/places/fold-text";
import { loadGazetteer } from "@/lib/places/load-gazetteer";
import { resolvePlaces } from "@/lib/places/resolve-places";

const gazetteer = loadGazetteer();
const communes = (text: string, departements: string[] = []) =>
  resolvePlaces(text, { departements }).filter((p) => p.insee !== null).map((p) => p.insee);

describe("départements", () => {
  it.each(gazetteer.departements.map((d) => [d.code, d.name]))("finds %s by its number in brackets and after 'du'", (code) => {
    for (const text of [`Vigilance rouge crues (${code}) ce soir`, `Bravo aux pompiers du ${code} mobilisés toute la nuit`]) {
      const places = resolvePlaces(text);
      expect(places).toEqual([expect.objectContaining({ insee: null, departement: code, precision: "departement" })]);
    }
  });

  it.each(gazetteer.departements.map((d) => [d.code, d.name]))("finds %s (%s) by its name after 'dans'", (code, name) => {
    const places = resolvePlaces(`Vigilance orange dans ${name} jusqu'à demain`);
    const departement = gazetteer.departementByCode.get(code);
    expect(places).toEqual([{ insee: null, name, departement: code, lat: departement?.lat, lon: departement?.lon, precision: "departement", start: expect.any(Number), end: expect.any(Number) }]);
  });

  it("does not read dates, times or quantities as département numbers", () => {
    for (const text of ["Rendez-vous le 11 novembre", "Le 30 à 14h la crue", "On a eu 40 mm en une heure", "du 06 au 08 mars", "Il est 22h40, ça monte"]) {
      expect(resolvePlaces(text)).toEqual([]);
    }
  });

  it("does not add the département of a commune already named", () => {
    const places = resolvePlaces("Dax (40) : l'Adour déborde");
    expect(places.map((p) => p.insee)).toEqual(["40088"]);
  });
});

describe("sentences that name no place", () => {
  // Generated: every one-word commune name that is an ordinary word, written in lower case.
  const ordinaryNames = [...new Set(gazetteer.communes.map((c) => foldName(c.name)).filter((w) => w.length === 1 && COMMON_WORDS.has(w[0])).map((w) => w[0]))];

  it("has ordinary words among commune names", () => {
    expect(ordinaryNames.length).toBeGreaterThan(20);
  });

  it.each(["40", "30", "06"])("leaves ordinary words alone in lower case (area %s)", (departement) => {
    const fired = ordinaryNames.filter((w) => communes(`franchement ${w} ce matin on a tout vu`, [departement]).length > 0);
    expect(fired).toEqual([]);
  });

  it("leaves first names, rivers, teams and streets alone", () => {
    const texts = [
      "Marie est partie chercher sa fille à l'école",
      "Vers 18h l'eau a commencé à monter",
      "Le Paris Saint-Germain envoie son soutien",
      "La Lys déborde, l'Arre aussi, la Vire monte",
      "Fermeture de la rue de Lille et de l'avenue de Verdun",
      "Mer agitée, Plage interdite, Port fermé",
      "Il sauve son chien de la noyade",
      "Y a plus d'électricité, Eu des nouvelles ?",
      "Incendie maîtrisé, merci aux pompiers et aux bénévoles",
    ];
    for (const text of texts) expect({ text, found: communes(text, ["40", "30", "62", "06"]) }).toEqual({ text, found: [] });
  });
});

describe("geotag", () => {
  it("wins over the text: the post's place comes first, as a point", () => {
    const places = resolvePlaces("Inondations à Dax", { departements: ["40"], geotag: { lat: 43.8906, lon: -0.4997 } });
    expect(places[0]).toEqual({ insee: "40192", name: "Mont-de-Marsan", departement: "40", lat: 43.8906, lon: -0.4997, precision: "point" });
    expect(places[1]).toEqual(expect.objectContaining({ insee: "40088", precision: "commune" }));
  });

  it("chooses homonyms in the geotag's département", () => {
    const places = resolvePlaces("Orages à Saint-Paul", { geotag: { lat: 44.86, lon: -0.57 } });
    expect(places.map((p) => p.departement)).toEqual(["33", "33"]);
  });
});

describe("places carry their precision and span", () => {
  it("marks communes without a point of their own as approximate", () => {
    const approx = gazetteer.communes.find((c) => c.departement === "40" && !c.ownPoint && !/^(Le|La|Les) /.test(c.name));
    expect(approx).toBeDefined();
    const text = `Inondations à ${approx?.name}`;
    const places = resolvePlaces(text, { departements: ["40"] });
    expect(places[0]).toEqual(expect.objectContaining({ insee: approx?.insee, precision: "commune_approx" }));
    expect(text.slice(places[0].start, places[0].end)).toBe(approx?.name);
  });
});
