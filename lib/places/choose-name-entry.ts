import type { NameEntry } from "./place-index";

export type AreaHint = {
  /** Départements named in the post itself ("Plouhinec (29)"). */
  mentioned: ReadonlySet<string>;
  /** The activation's départements, plus the geotag's. */
  area: ReadonlySet<string>;
};

export type ChosenEntry = { entry: NameEntry; ambiguous: boolean };

/**
 * Picks the commune a name stands for: inside the départements the post names, else inside the
 * activation's area (short forms count only there), else anywhere — official names before
 * other names before short forms, then the most populous, flagged ambiguous when several communes remain.
 */
export function chooseNameEntry(entries: readonly NameEntry[], hint: AreaHint): ChosenEntry | null {
  let pool = entries.filter((e) => hint.mentioned.has(e.departement));
  let inArea = pool.length > 0;
  if (!inArea) {
    pool = entries.filter((e) => hint.area.has(e.departement));
    inArea = pool.length > 0;
  }
  if (!inArea) pool = entries.filter((e) => e.kind < 2);
  if (pool.length === 0) return null;
  const bestKind = Math.min(...pool.map((e) => e.kind));
  pool = pool.filter((e) => e.kind === bestKind);
  let best = pool[0];
  const communes = new Set<string>();
  for (const e of pool) {
    communes.add(e.insee);
    if (e.population > best.population || (e.population === best.population && e.kind < best.kind)) best = e;
  }
  return { entry: best, ambiguous: communes.size > 1 };
}
