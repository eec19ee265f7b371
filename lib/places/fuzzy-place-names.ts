import SearchableMap from "minisearch/SearchableMap";
import { chooseNameEntry, type AreaHint } from "./choose-name-entry";
import { ARTICLES, COMMON_WORDS } from "./common-words";
import type { NameMatch } from "./match-place-names";
import type { NameEntry, PlaceIndex } from "./place-index";
import type { PostToken } from "./tokenize-post";

/** Outside the activation's area only towns this large are worth a typo-tolerant look. */
const FUZZY_TOWN = 50_000;
const LINK_WORDS = new Set(["de", "du", "des", "d", "la", "le", "les", "l", "sur", "sous", "en", "et", "saint", "sainte"]);
const MAX_WORDS = 5;

type FuzzyTable = { map: SearchableMap<NameEntry[]>; seen: Map<string, NameEntry[] | null> };
const tables = new Map<string, FuzzyTable>();

type Glued = { glued: string; entries: NameEntry[] };
let groups: { byDepartement: Map<string, Glued[]>; towns: Glued[] } | null = null;

/** The index's names glued ("montdemarsan"), grouped by département once, large towns apart. */
function gluedGroups(index: PlaceIndex): NonNullable<typeof groups> {
  if (groups) return groups;
  const byDepartement = new Map<string, Glued[]>();
  const towns: Glued[] = [];
  for (const [name, entries] of index.names) {
    const glued = name.replaceAll(" ", "");
    const perDepartement = new Map<string, NameEntry[]>();
    const large: NameEntry[] = [];
    for (const e of entries) {
      if (e.after || e.compact) continue;
      perDepartement.set(e.departement, [...(perDepartement.get(e.departement) ?? []), e]);
      if (e.kind < 2 && e.population >= FUZZY_TOWN) large.push(e);
    }
    for (const [departement, list] of perDepartement) {
      const group = byDepartement.get(departement);
      if (group) group.push({ glued, entries: list });
      else byDepartement.set(departement, [{ glued, entries: list }]);
    }
    if (large.length > 0) towns.push({ glued, entries: large });
  }
  groups = { byDepartement, towns };
  return groups;
}

/** Glued names of the area's communes (and of large towns), one table per activation area. */
function tableFor(index: PlaceIndex, area: ReadonlySet<string>): FuzzyTable {
  const key = [...area].sort().join(",");
  const cached = tables.get(key);
  if (cached) return cached;
  const { byDepartement, towns } = gluedGroups(index);
  const map = new SearchableMap<NameEntry[]>();
  const add = ({ glued, entries }: Glued) => {
    const list = map.get(glued);
    if (list) list.push(...entries.filter((e) => !list.includes(e)));
    else map.set(glued, [...entries]);
  };
  towns.forEach(add);
  for (const departement of area) byDepartement.get(departement)?.forEach(add);
  const table = { map, seen: new Map<string, NameEntry[] | null>() };
  if (tables.size > 64) tables.clear();
  tables.set(key, table);
  return table;
}

/** Entries at the smallest non-zero edit distance (exact names were already judged by the exact pass). */
function nearest(table: FuzzyTable, glued: string): NameEntry[] | null {
  const hit = table.seen.get(glued);
  if (hit !== undefined) return hit;
  const maxDistance = glued.length >= 11 ? 2 : glued.length >= 7 ? 1 : 0;
  let best: NameEntry[] | null = null;
  if (maxDistance > 0) {
    let bestDistance = Infinity;
    for (const [name, [entries, distance]] of table.map.fuzzyGet(glued, maxDistance)) {
      if (distance === 0) return cacheResult(table, glued, null);
      // Typos seldom touch the first letters; ordinary words near a name often do ("demain"/"Denain").
      if (name[0] !== glued[0] || name[1] !== glued[1]) continue;
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
 * Small typos ("Peyrehorrade", "Carcasonne") in capitalised words of 7 letters or more that are
 * not ordinary words nor after an article (rivers); lower-case words are left alone, since
 * "aux pompiers" is one letter from Pommiers.
 */
export function fuzzyPlaceNames(tokens: readonly PostToken[], index: PlaceIndex, hint: AreaHint, taken: Uint8Array): NameMatch[] {
  const matches: NameMatch[] = [];
  let table: FuzzyTable | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (taken[i] || token.word.length < 4 || /\d/.test(token.word) || LINK_WORDS.has(token.word)) continue;
    const before = tokens[i - 1]?.word ?? "";
    if (!token.capitalised) continue;
    if (ARTICLES.has(before) || index.departementNames.has(token.word)) continue;
    let last = i;
    while (last + 1 < tokens.length && last - i + 1 < MAX_WORDS && !taken[last + 1] && /^[\s'’-]+$/.test(tokens[last + 1].before)) {
      const next = tokens[last + 1];
      if (!next.capitalised && !LINK_WORDS.has(next.word)) break;
      last++;
    }
    while (last > i && LINK_WORDS.has(tokens[last].word)) last--;
    // Most posts have no candidate: the area's table is looked up only for one.
    table ??= tableFor(index, new Set([...hint.area, ...hint.mentioned]));
    for (let end = last; end >= i; end--) {
      if (end === i && COMMON_WORDS.has(token.word)) break;
      let glued = "";
      for (let k = i; k <= end; k++) glued += tokens[k].word;
      if (glued.length < 7) break;
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
