import { foldName } from "./fold-text";
import { loadGazetteer, type GazetteerCommune } from "./load-gazetteer";

export type CommuneHit = { insee: string; name: string; departement: string; lat: number; lon: number };

type Folded = { commune: GazetteerCommune; glued: string };
let folded: Folded[] | null = null;

/** Every commune's name folded and glued once ("Saint-Paul-lès-Dax" → "saintpaullesdax"). */
function foldedCommunes(): Folded[] {
  folded ??= loadGazetteer().communes.map((commune) => ({ commune, glued: foldName(commune.name).join("") }));
  return folded;
}

/**
 * Communes whose name starts with (or else contains) what was typed, for a
 * picker: accents, case, hyphens and "St" are ignored; communes of the given
 * départements come first, then the most populous.
 */
export function searchCommunes(query: string, options: { departements?: readonly string[]; limit?: number } = {}): CommuneHit[] {
  const wanted = foldName(query).join("");
  if (wanted.length < 2) return [];
  const area = new Set(options.departements ?? []);
  const scored: { commune: GazetteerCommune; rank: number }[] = [];
  for (const { commune, glued } of foldedCommunes()) {
    const at = glued.indexOf(wanted);
    if (at < 0) continue;
    const rank = (glued === wanted ? 0 : at === 0 ? 1 : 2) + (area.size === 0 || area.has(commune.departement) ? 0 : 3);
    scored.push({ commune, rank });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || b.commune.population - a.commune.population)
    .slice(0, options.limit ?? 8)
    .map(({ commune: { insee, name, departement, lat, lon } }) => ({ insee, name, departement, lat, lon }));
}

/** One commune by its INSEE code, with its point (the gazetteer's, never the browser's). */
export function communeByInsee(insee: string): CommuneHit | null {
  const commune = loadGazetteer().communeByInsee.get(insee);
  if (!commune) return null;
  const { name, departement, lat, lon } = commune;
  return { insee, name, departement, lat, lon };
}
