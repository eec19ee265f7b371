/**
 * Generated from the gazetteer, not hand-picked: every commune of the Landes, the Gard and the
 * Aude, written the ways posts write it, must resolve to its INSEE code inside its département.
 */
import { describe, expect, it } from "vitest";
import { COMMON_WORDS } from "@/lib/places/common-words";
import { foldName } from "@/lib/places/fold-text";
import { loadGazetteer } from "@/lib/places/load-gazetteer";
import { resolvePlaces } from "@/lib/places/resolve-places";

const DEPARTEMENTS = ["40", "30", "11"];

const stripAccents = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
const hyphensAsSpaces = (s: string) => s.replace(/-/g, " ");
const saintAsSt = (s: string) => s.replace(/\bSainte\b/g, "Ste").replace(/\bSaint\b/g, "St");

/** "à Dax", "au Grau-du-Roi", "aux Angles", "à l'Isle-…" as a post would put it. */
function withPreposition(name: string): string {
  if (/^Le /i.test(name)) return `au ${name.slice(3)}`;
  if (/^Les /i.test(name)) return `aux ${name.slice(4)}`;
  return `à ${name}`;
}

function variants(name: string): string[] {
  const forms = new Set([name, stripAccents(name), hyphensAsSpaces(name), saintAsSt(name), hyphensAsSpaces(saintAsSt(stripAccents(name)))]);
  return [...forms];
}

function communeFound(text: string, departement: string): string | null {
  const place = resolvePlaces(text, { departements: [departement] }).find((p) => p.insee !== null);
  return place?.insee ?? null;
}

describe.each(DEPARTEMENTS)("every commune of département %s", (departement) => {
  const communes = loadGazetteer().communes.filter((c) => c.departement === departement);

  it("has its communes in the gazetteer", () => {
    expect(communes.length).toBeGreaterThan(200);
  });

  it("resolves every written form in a sentence with a preposition", () => {
    const failures: string[] = [];
    for (const commune of communes) {
      for (const form of variants(commune.name)) {
        const text = `Inondations ${withPreposition(form)} ce matin, les pompiers sont sur place`;
        const found = communeFound(text, departement);
        if (found !== commune.insee) failures.push(`${text} → ${found} (expected ${commune.insee})`);
      }
    }
    expect(failures.join("\n")).toBe("");
  });

  it("resolves every name written as a headline, except one-word names that are ordinary words", () => {
    const failures: string[] = [];
    for (const commune of communes) {
      // One-word names that are also ordinary words ("Sauve", "Le Pin") need "à" before them.
      const words = foldName(commune.name).filter((w, i) => !(i === 0 && ["le", "la", "les", "l"].includes(w)));
      if (words.length === 1 && COMMON_WORDS.has(words[0])) continue;
      const text = `${hyphensAsSpaces(stripAccents(commune.name))} : route coupée par les eaux`;
      const found = communeFound(text, departement);
      if (found !== commune.insee) failures.push(`${text} → ${found} (expected ${commune.insee})`);
    }
    expect(failures.join("\n")).toBe("");
  });
});
