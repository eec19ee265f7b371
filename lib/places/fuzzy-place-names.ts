import SearchableMap from "minisearch/SearchableMap";
import { chooseNameEntry, type AreaHint } from "./choose-name-entry";
import { ARTICLES, COMMON_WORDS, PREPOSITIONS } from "./common-words";
import type { NameMatch } from "./match-place-names";
import type { NameEntry, PlaceIndex } from "./place-index";
import type { PostToken } from "./tokenize-post";

/** Outside the activation's area only towns this large are worth a typo-tolerant look. */
const FUZZY_TOWN = 50_000;
const LINK_WORDS = new Set(["de", "du", "des", "d", "la", "le", "les", "l", "sur", "sous", "en", "et", "saint", "sainte"]);
const MAX_WORDS = 5;

type FuzzyTable = { map: SearchableMap<NameEntry[]>; seen: Map<string, NameEntry[] | null> };
const tables = new Map<string, FuzzyTable>();

/** Glued names of the area's communes (and of large towns), one table per activation area. */
function tableFor(index: PlaceIndex, area: ReadonlySet<string>): FuzzyTable {
  const key = [...area].sort().join(",");
  const cached = tables.get(key);
  if (cached) return cached;
  const map = new SearchableMap<NameEntry[]>();
  for (const [name, entries] of index.names) {
    const kept = entries.filter((e) => !e.after && !e.compact && (area.has(e.departement) || (e.kind < 2 && e.population >= FUZZY_TOWN)));
    if (kept.length === 0) continue;
    const glued = name.replaceAll(" ", "");
    map.set(glued, [...(map.get(glued) ?? []), ...kept]);
  }
  const table = { map, seen: new Map<string, NameEntry[] | null>() };
  if (tables.size > 64) tables.clear();
  tables.set(key, table);
  return table;
}

/** Entries at the smallest non-zero edit distance (exact names were already judged by the exact pass). */
function nearest(table: FuzzyTable, glued: string): NameEntry[] | null {
  const hit = table.seen.get(glued);
  if (hit !== undefined) return hit;
  const maxDistance = glued.length >= 9 ? 2 : glued.length >= 5 ? 1 : 0;
  let best: NameEntry[] | null = null;
  if (maxDistance > 0) {
    let bestDistance = Infinity;
    for (const [, [entries, distance]] of table.map.fuzzyGet(glued, maxDistance)) {
      if (distance === 0) return cacheResult(table, glued, null);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = [...entries];
      } else if (distance === bestDistance && best) best.push(...entries);
    }
  }
  return cacheResult(table, glued, best);
}

function cacheResult(table: FuzzyTable, glued: string, result: NameEntry[] | null): NameEntry[] | null {
  if (table.seen.size > 20_000) table.seen.clear();
  table.seen.set(glued, result);
  return result;
}

/**
 * Small typos ("Peyrehorrade", "Carcasonne") in words that look like place names: capitalised or
 * after a preposition, not ordinary words, not after an article (rivers).
 */
export function fuzzyPlaceNames(tokens: readonly PostToken[], index: PlaceIndex, hint: AreaHint, taken: Uint8Array): NameMatch[] {
  const matches: NameMatch[] = [];
  const area = new Set([...hint.area, ...hint.mentioned]);
  let table: FuzzyTable | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (taken[i] || token.word.length < 4 || /\d/.test(token.word) || LINK_WORDS.has(token.word)) continue;
    const before = tokens[i - 1]?.word ?? "";
    if (!token.capitalised && !PREPOSITIONS.has(before)) continue;
    if (ARTICLES.has(before) || index.departementNames.has(token.word)) continue;
    let last = i;
    while (last + 1 < tokens.length && last - i + 1 < MAX_WORDS && !taken[last + 1] && /^[\s'’-]+$/.test(tokens[last + 1].before)) {
      const next = tokens[last + 1];
      if (!next.capitalised && !LINK_WORDS.has(next.word)) break;
      last++;
    }
    while (last > i && LINK_WORDS.has(tokens[last].word)) last--;
    table ??= tableFor(index, area);
    for (let end = last; end >= i; end--) {
      if (end === i && COMMON_WORDS.has(token.word)) break;
      let glued = "";
      for (let k = i; k <= end; k++) glued += tokens[k].word;
      if (glued.length < 5) break;
      const entries = nearest(table, glued);
      const chosen = entries && chooseNameEntry(entries, hint);
      if (!chosen) continue;
      matches.push({ ...chosen, first: i, last: end });
      for (let k = i; k <= end; k++) taken[k] = 1;
      i = end;
      break;
    }
  }
  return matches;
}
