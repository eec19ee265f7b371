import { COMMON_WORDS, NOT_PLACES } from "./common-words";
import { foldName } from "./fold-text";
import { loadGazetteer } from "./load-gazetteer";

/**
 * How a name stands for its commune: 0 its official name, 1 another full name (delegated,
 * associated or former commune, GeoNames place), 2 a short form understood only inside the
 * activation's area ("Tyrosse", "La Teste", "Lézignan").
 */
export type NameKind = 0 | 1 | 2;

export type NameEntry = {
  insee: string;
  name: string;
  departement: string;
  population: number;
  lat: number;
  lon: number;
  ownPoint: boolean;
  kind: NameKind;
  /** Written without its article, so only after "au"/"du" (Le …) or "aux"/"des" (Les …). */
  after?: readonly string[];
  /** All words glued ("#montdemarsan"). */
  compact?: boolean;
};

/** A node of `PlaceIndex.trie`: the names that stop here and the words that continue one. */
export type NameNode = { entries: NameEntry[] | undefined; next: Map<string, NameNode> | null };

export type PlaceIndex = {
  /** Folded words joined by spaces → entries. */
  names: Map<string, NameEntry[]>;
  /** The same names word by word, so a post is scanned without building a key per prefix. */
  trie: Map<string, NameNode>;
  /** First word of a key → most words in a key starting with it. */
  longest: Map<string, number>;
  /** Folded name without its article ("reunion") → code and that article ("la"). */
  departementNames: Map<string, { code: string; article: string | null }>;
  departementLongest: Map<string, number>;
  departementCodes: Set<string>;
  /** Teams and landmarks whose words name no place, and the longest such phrase by first word. */
  notPlaces: Set<string>;
  notPlaceLongest: Map<string, number>;
};

const ARTICLE_WORDS = new Set(["le", "la", "les", "l"]);
const CONNECTORS = new Set(["sur", "sous", "en", "les", "de", "du", "des", "d", "la", "le", "l", "et", "aux", "au", "a"]);
const SAINTS = new Set(["saint", "sainte", "saints", "saintes"]);

let cache: PlaceIndex | null = null;

/** Where each group of a name starts: "saint X" and a leading article stay with the next word. */
function unitStarts(words: string[]): number[] {
  const starts: number[] = [];
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    if ((starts.length === 0 && i === start && ARTICLE_WORDS.has(words[i])) || SAINTS.has(words[i])) continue;
    starts.push(start);
    start = i + 1;
  }
  if (start < words.length) starts.push(start);
  return starts;
}

const meaningful = (words: string[]) => words.filter((w) => !ARTICLE_WORDS.has(w));
/** Only ordinary words ("Le Port", "Plage"); "Saint-Paul" is a place-like phrase even though "paul" is a first name. */
const isCommonPhrase = (words: string[]) => !words.some((w) => SAINTS.has(w)) && meaningful(words).every((w) => COMMON_WORDS.has(w));

/** Short forms people write for long names: before "-sur-"/"-en-"/"-lès-"…, either side of "-et-", ends of glued names. */
export function shortForms(words: string[]): string[][] {
  if (words.length < 2) return [];
  const forms: string[][] = [];
  const starts = unitStarts(words);
  const cut = starts.findIndex((start, u) => u > 0 && (starts[u + 1] ?? words.length) - start === 1 && CONNECTORS.has(words[start]));
  if (cut > 0) {
    forms.push(words.slice(0, starts[cut]));
    if (words[starts[cut]] === "et") forms.push(words.slice(starts[cut] + 1));
  } else {
    for (let u = 1; u < starts.length; u++) {
      forms.push(words.slice(0, starts[u]));
      forms.push(words.slice(starts[u]));
    }
  }
  return forms.filter((f) => f.length > 0 && f.join("").length >= 4 && !isCommonPhrase(f));
}

export function loadPlaceIndex(): PlaceIndex {
  if (cache) return cache;
  const gazetteer = loadGazetteer();
  const names = new Map<string, NameEntry[]>();
  const longest = new Map<string, number>();
  const seen = new Set<string>();
  const add = (words: string[], entry: NameEntry) => {
    if (words.length === 0) return;
    const key = words.join(" ");
    const id = `${key}|${entry.insee}|${entry.kind}|${entry.after ? 1 : 0}|${entry.compact ? 1 : 0}`;
    if (seen.has(id)) return;
    seen.add(id);
    const list = names.get(key);
    if (list) list.push(entry);
    else names.set(key, [entry]);
    longest.set(words[0], Math.max(longest.get(words[0]) ?? 0, words.length));
  };
  const addWithVariants = (words: string[], entry: NameEntry) => {
    add(words, entry);
    if (words[0] === "le" && words.length > 1) add(words.slice(1), { ...entry, after: ["au", "du"] });
    if (words[0] === "les" && words.length > 1) add(words.slice(1), { ...entry, after: ["aux", "des"] });
    if (words.length > 1 && entry.kind < 2) {
      const glued = words.join("");
      if (glued.length >= 8) add([glued], { ...entry, compact: true });
    }
  };

  for (const c of gazetteer.communes) {
    const base = { insee: c.insee, name: c.name, departement: c.departement, population: c.population, lat: c.lat, lon: c.lon, ownPoint: c.ownPoint };
    const words = foldName(c.name);
    addWithVariants(words, { ...base, kind: 0 });
    for (const form of shortForms(words)) addWithVariants(form, { ...base, kind: 2 });
  }
  for (const other of gazetteer.otherNames) {
    const c = gazetteer.communeByInsee.get(other.insee);
    if (!c) continue;
    addWithVariants(foldName(other.name), { insee: c.insee, name: other.name, departement: c.departement, population: c.population, lat: other.lat, lon: other.lon, ownPoint: other.ownPoint, kind: 1 });
  }
  for (const short of gazetteer.shortForms) {
    const c = gazetteer.communeByInsee.get(short.insee);
    const words = foldName(short.name);
    if (!c || isCommonPhrase(words)) continue;
    addWithVariants(words, { insee: c.insee, name: c.name, departement: c.departement, population: c.population, lat: c.lat, lon: c.lon, ownPoint: c.ownPoint, kind: 2 });
  }
  const trie = new Map<string, NameNode>();
  for (const [key, entries] of names) {
    let level = trie;
    let node: NameNode | undefined;
    for (const word of key.split(" ")) {
      node = level.get(word);
      if (!node) level.set(word, (node = { entries: undefined, next: null }));
      level = node.next ??= new Map();
    }
    node!.entries = entries;
  }
  const notPlaceLongest = new Map<string, number>();
  for (const phrase of NOT_PLACES) {
    const words = phrase.split(" ");
    notPlaceLongest.set(words[0], Math.max(notPlaceLongest.get(words[0]) ?? 0, words.length));
  }

  const departementNames = new Map<string, { code: string; article: string | null }>();
  const departementLongest = new Map<string, number>();
  for (const d of gazetteer.departements) {
    const words = foldName(d.name);
    const meaningfulWords = words[0] === "la" || words[0] === "le" ? words.slice(1) : words;
    departementNames.set(meaningfulWords.join(" "), { code: d.code, article: meaningfulWords === words ? null : words[0] });
    departementLongest.set(meaningfulWords[0], Math.max(departementLongest.get(meaningfulWords[0]) ?? 0, meaningfulWords.length));
  }
  cache = { names, trie, longest, departementNames, departementLongest, departementCodes: new Set(gazetteer.departements.map((d) => d.code)), notPlaces: new Set(NOT_PLACES), notPlaceLongest };
  return cache;
}
