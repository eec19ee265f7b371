import { foldName } from "../places/fold-text";
import { loadGazetteer } from "../places/load-gazetteer";

export type CommuneHit = { name: string; departement: string; lat: number; lon: number };

const fold = (text: string) => foldName(text).join(" ");

/**
 * Communes whose name starts with (then contains) the typed text, accents and case ignored;
 * the activation's départements first, then the most populous. For "search a commune and fly to it".
 */
export function searchCommunes(text: string, preferDepartements: readonly string[] = [], limit = 8): CommuneHit[] {
  const wanted = fold(text.trim());
  if (wanted.length < 2) return [];
  const scored: { hit: CommuneHit; score: number }[] = [];
  for (const commune of loadGazetteer().communes) {
    const name = fold(commune.name);
    const rank = name.startsWith(wanted) ? 0 : name.includes(wanted) ? 1 : -1;
    if (rank < 0) continue;
    const local = preferDepartements.includes(commune.departement) ? 0 : 1;
    scored.push({ hit: { name: commune.name, departement: commune.departement, lat: commune.lat, lon: commune.lon }, score: local * 1e12 + rank * 1e10 - commune.population });
  }
  return scored.sort((a, b) => a.score - b.score).slice(0, limit).map((item) => item.hit);
}
