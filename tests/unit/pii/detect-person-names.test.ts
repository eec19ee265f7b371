import { describe, expect, it } from "vitest";
import { FRENCH_FIRST_NAMES_TEXT } from "@/lib/pii/data/french-first-names";
import { detectPersonalData } from "@/lib/pii/detect-personal-data";
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, isAmbiguousFirstName } from "@/lib/pii/first-names";
import { flagsOf, seededRandom } from "./seeded-random";

const rng = seededRandom(64100);
const LISTED = [...new Set(FRENCH_FIRST_NAMES_TEXT.split(/\s+/).filter(Boolean))];
const SURNAMES = ["Dupont", "Lescoute", "Lafitte", "Duprat", "Martin", "Ben Ali", "de Gaulle", "Le Pen", "Dupont-Moretti", "O'Brien", "Van Damme", "El Amrani", "Nguyen", "Haddad", "Diallo", "Ferreira", "Kowalski", "Smith", "Etcheverry", "Larrieu"];
const caps = (s: string) => s.toUpperCase();

describe("the committed first-name list", () => {
  it("holds at least 1,500 distinct names from many origins, compounds included", () => {
    expect(FIRST_NAMES.size).toBeGreaterThanOrEqual(1500);
    for (const name of ["jean-pierre", "marie-claire", "mohamed", "fatima", "mamadou", "joao", "minh", "kevin", "helene", "maialen", "john", "ayse"]) expect(FIRST_NAMES.has(name), name).toBe(true);
  });
  it("keeps names that are also words or places on the cautious list", () => {
    for (const name of ["rose", "pierre", "florence", "leon", "marine"]) expect(AMBIGUOUS_FIRST_NAMES.has(name)).toBe(true);
  });
});

describe("detectPersonalData — person names that must be flagged with their exact span", () => {
  it(`flags every listed first name (${LISTED.length}) followed by a surname, mid-sentence`, () => {
    const failures: string[] = [];
    for (const first of LISTED) {
      const surname = rng.pick(SURNAMES);
      const name = `${first} ${rng.next() < 0.3 ? caps(surname) : surname}`;
      const before = rng.pick(["Des nouvelles de ", "On cherche ", "Merci à ", "Appelez ", "Vu ce matin : "]);
      const text = `${before}${name}, ${rng.pick(["82 ans", "il vit seul", "merci", "elle ne répond plus"])}`;
      const got = flagsOf(detectPersonalData(text), "person_name");
      if (JSON.stringify(got) !== JSON.stringify([{ start: before.length, end: before.length + name.length }])) failures.push(`${JSON.stringify(text)} → ${JSON.stringify(got.map((g) => text.slice(g.start, g.end)))}`);
    }
    expect(failures).toEqual([]);
  });

  it("flags unambiguous first names at the start of a sentence too", () => {
    const failures: string[] = [];
    for (const first of LISTED.filter((n) => !isAmbiguousFirstName(n))) {
      const name = `${first} ${rng.pick(SURNAMES)}`;
      const text = `${name} est introuvable depuis hier.`;
      const got = flagsOf(detectPersonalData(text), "person_name");
      if (JSON.stringify(got) !== JSON.stringify([{ start: 0, end: name.length }])) failures.push(`${JSON.stringify(text)} → ${JSON.stringify(got)}`);
    }
    expect(failures).toEqual([]);
  });

  const cases: [string, string][] = [
    ["Quelqu'un a des nouvelles de M. Lafitte, 82 ans ?", "M. Lafitte"],
    ["Mme Martin est seule chez elle", "Mme Martin"],
    ["Madame Claire Duprat attend les secours", "Madame Claire Duprat"],
    ["On cherche Monsieur LESCOUTE", "Monsieur LESCOUTE"],
    ["mon voisin monsieur Larrieu ne répond plus", "monsieur Larrieu"],
    ["Jean DUPONT est bloqué", "Jean DUPONT"],
    ["URGENT : JEAN DUPONT BLOQUÉ", "JEAN DUPONT"],
    ["Rose DUBOIS, 91 ans, coincée", "Rose DUBOIS"],
    ["Merci à Jean Pierre Dupont", "Jean Pierre Dupont"],
    ["Liste des disparus : DUPONT Jean, 82 ans", "DUPONT Jean"],
    ["Des nouvelles de Nguyen Van Minh ?", "Nguyen Van Minh"],
    ["Need news of Mrs Smith, 80", "Mrs Smith"],
  ];
  it.each(cases)("%s", (text, name) => {
    const start = text.indexOf(name);
    expect(flagsOf(detectPersonalData(text), "person_name")).toEqual([{ start, end: start + name.length }]);
  });
});

describe("detectPersonalData — first names alone, places, streets and organisations are not persons", () => {
  const quiet = [
    "Merci Julie ! Bravo Kévin, courage Fatima.",
    "L'eau monte à Saint-Pierre-du-Mont et à Sainte-Marie-de-Gosse, Mont-de-Marsan coupé.",
    "Force à tous les habitants de St Pierre du Mont, Ste Marie de Gosse et St Paul les Dax",
    "Les pompiers évacuent rue Jean Jaurès et avenue Victor Hugo, place Charles de Gaulle.",
    "Accueil au collège Jean Moulin, au lycée Victor Duruy et à la salle Maurice Boyau.",
    "Rose Bleue, Marine Nationale, France Bleu Gascogne et Florence Italie en direct.",
    "Pierre Tombée sur la route. Victoire Écrasante de l'US Dax.",
    "Route coupée vers Léon Plage, on passe par Léon Centre.",
    "Vigilance Rouge ! Alerte Crue. Mont De Marsan sous l'eau.",
    "Le maire, M. le Maire, Madame la Préfète et Monsieur le Préfet sont sur place.",
    "Niveau à 4 M. Les pompiers arrivent.",
    "@JeanDupont #JeanDupont https://example.org/Jean/Dupont",
    "Kévin R. a partagé une photo.",
    "MERCI Julie pour la soupe",
    "La tempête Ciaran arrive. Tempête Alex.",
  ];
  it.each(quiet)("%s", (text) => {
    expect(flagsOf(detectPersonalData(text), "person_name")).toEqual([]);
  });
});
