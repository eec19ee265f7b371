import { chooseNameEntry, type AreaHint, type ChosenEntry } from "./choose-name-entry";
import { ARTICLES, COMMON_WORDS, PREPOSITIONS, STREET_WORDS } from "./common-words";
import type { NameEntry, NameNode, PlaceIndex } from "./place-index";
import type { PostToken } from "./tokenize-post";

export type NameMatch = ChosenEntry & { first: number; last: number };

const ARTICLE_WORDS = new Set(["le", "la", "les", "l"]);
/** Below this population a one-word name outside the area needs a capital and a preposition. */
const LARGE_TOWN = 20_000;

function isStreet(tokens: readonly PostToken[], first: number): boolean {
  const previous = tokens[first - 1]?.word;
  if (previous && STREET_WORDS.has(previous)) return true;
  return (previous === "de" || previous === "du" || previous === "des" || previous === "d") && STREET_WORDS.has(tokens[first - 2]?.word ?? "");
}

/**
 * Keeps the entries a name may stand for at this place in the post. Words that are ordinary
 * French ("Vers", "Sauve", "Marie") need a capital after a preposition; a one-word name right
 * after an article is a river or an area ("la Lys", "l'Arre"); a small commune far from the
 * activation needs the same clues as an ordinary word.
 */
function admissible(tokens: readonly PostToken[], first: number, last: number, entries: readonly NameEntry[], hint: AreaHint): NameEntry[] {
  const words = tokens.slice(first, last + 1).map((t) => t.word);
  const startsWithArticle = ARTICLE_WORDS.has(words[0]) && words.length > 1;
  const head = startsWithArticle ? first + 1 : first;
  const before = tokens[first - 1]?.word ?? "";
  const beforeHead = tokens[head - 1]?.word ?? "";
  const introduced = PREPOSITIONS.has(before);
  const capitalised = tokens[head].capitalised;
  const meaningful = startsWithArticle ? words.slice(1) : words;
  // Several words together ("Port-la-Nouvelle", "Lit-et-Mixe") are a name even when each is ordinary.
  const common = meaningful.length === 1 && COMMON_WORDS.has(meaningful[0]);
  if (common && !(capitalised && (introduced || (startsWithArticle && PREPOSITIONS.has(tokens[first - 1]?.word ?? ""))))) return [];
  const oneWord = meaningful.length === 1;
  if (oneWord && !startsWithArticle && ARTICLES.has(beforeHead)) {
    // "au Luc" is "à le Luc": the article belongs to the name (Le Luc), not to a river.
    return entries.filter((e) => e.after?.includes(before));
  }
  if (tokens[first].word.length < 3 && oneWord && !capitalised) return [];
  return entries.filter((e) => {
    if (e.after && !e.after.includes(before)) return false;
    if (e.compact && !(tokens[first].hashtag || tokens[first].word.length >= 10)) return false;
    const inArea = hint.area.has(e.departement) || hint.mentioned.has(e.departement);
    if (e.kind === 2 && !inArea) return false;
    if (oneWord && !inArea && e.population < LARGE_TOWN && !(capitalised && (introduced || e.population >= LARGE_TOWN / 2))) return false;
    return true;
  });
}

/** Length of the team or landmark ("Paris Saint-Germain") starting at this word, whose words name no place. */
function notPlaceAt(tokens: readonly PostToken[], index: PlaceIndex, i: number): number {
  const longest = index.notPlaceLongest.get(tokens[i].word);
  if (!longest) return 0;
  let key = tokens[i].word;
  let found = 0;
  for (let n = 1; n < longest && i + n < tokens.length; n++) {
    key += ` ${tokens[i + n].word}`;
    if (index.notPlaces.has(key)) found = n + 1;
  }
  return found;
}

/** Whether the characters between two words end a name (punctuation, a line break). */
function breaksName(between: string): boolean {
  for (let k = 0; k < between.length; k++) {
    switch (between.charCodeAt(k)) {
      case 46: // .
      case 33: // !
      case 63: // ?
      case 59: // ;
      case 58: // :
      case 44: // ,
      case 40: // (
      case 41: // )
      case 124: // |
      case 47: // /
      case 10: // \n
        return true;
    }
  }
  return false;
}

/** Exact names in the post, longest first at each word, left to right. */
export function matchPlaceNames(tokens: readonly PostToken[], index: PlaceIndex, hint: AreaHint, taken: Uint8Array, departements: readonly { first: number; last: number }[]): NameMatch[] {
  const matches: NameMatch[] = [];
  const nodes: NameNode[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const notPlace = notPlaceAt(tokens, index, i);
    if (notPlace > 0) {
      for (let k = i; k < i + notPlace; k++) taken[k] = 1;
      i += notPlace - 1;
      continue;
    }
    let node = index.trie.get(tokens[i].word);
    if (!node) continue;
    // Nodes along the post's words: nodes[n] holds the names of words i…i+n, if any.
    nodes.length = 0;
    for (let n = 0; node && i + n < tokens.length && !taken[i + n]; n++) {
      if (n > 0 && breaksName(tokens[i + n].before)) break;
      nodes.push(node);
      node = i + n + 1 < tokens.length ? node.next?.get(tokens[i + n + 1].word) : undefined;
    }
    for (let n = nodes.length - 1; n >= 0; n--) {
      const entries = nodes[n].entries;
      if (!entries) continue;
      const last = i + n;
      // Inside a département's name ("Pas-de-Calais", "Charente-Maritime") only a longer commune name counts.
      if (departements.some((d) => d.first <= last && i <= d.last && !(i <= d.first && last >= d.last && last - i > d.last - d.first))) continue;
      if (isStreet(tokens, i)) continue;
      const chosen = chooseNameEntry(admissible(tokens, i, last, entries, hint), hint);
      if (!chosen) continue;
      matches.push({ ...chosen, first: i, last });
      for (let k = i; k <= last; k++) taken[k] = 1;
      i = last;
      break;
    }
  }
  return matches;
}
