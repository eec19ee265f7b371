import { StemmerFr, StopwordsFr } from "@nlpjs/lang-fr";
import { stemEnglish } from "./stem-english";

const stemmerFr = new StemmerFr();
const FR_STOP: ReadonlySet<string> = new Set(Object.keys(new StopwordsFr().dictionary).map((w) => w.normalize("NFD").replace(/[\u0300-\u036f]/g, "")));
// Negations and pronouns carry meaning here ("pas de blessés", "personne ne répond"), so
// they stay even though generic stop-word lists drop them.
const KEEP = new Set(["pas", "aucun", "aucune", "personne", "sans", "ne", "plus", "rien", "no", "not", "nobody"]);
const EN_STOP: ReadonlySet<string> = new Set(
  "a an the and or but of to in on at for from by with is are was were be been being it its this that these those we you they he she i my our your their his her me us them so as if than then there here just very also have has had do does did will would can could".split(" "),
);

/** What the features need of one word, computed once per word and language (see `wordInfo`). */
export type WordInfo = {
  /** `w:<stem>`, or null for a stop word or a lone letter. */
  stemFeature: string | null;
  /** The stem (for bigrams), or null as above. */
  stem: string | null;
  /** Character 4-gram features of the padded word (`c:_cru`, `c:crue`, `c:rue_`), none under 4 letters. */
  grams: readonly string[];
  /** `b:<this stem>_<next stem>` by next stem, filled as posts show them (see `bigramFeature`). */
  bigrams: Map<string, string> | null;
  /**
   * Rows of `grams` in a feature index (-1 when absent), kept for the last index asked in each
   * of two slots: the seed model's and an activation's corrections' (see `gramIds`).
   */
  gramIds: [Int32Array | null, Int32Array | null];
  gramIndex: [ReadonlyMap<string, number> | null, ReadonlyMap<string, number> | null];
};

// Posts repeat the same few thousand words: memoising the Snowball stemmer and the feature
// strings is most of the speed, and reused strings keep their hash for the model's lookups.
// One cache per stemmer: keying by the token itself (no language prefix) spares building and
// hashing a new key string per word.
const frCache = new Map<string, WordInfo>();
const enCache = new Map<string, WordInfo>();
const CACHE_LIMIT = 100_000;
/** Bigram strings remembered per word; beyond this a word's successors are not cached. */
const BIGRAM_LIMIT = 256;
const NO_GRAMS: readonly string[] = [];
const DIGITS = /^\d+$/;
const HAS_DIGIT = /\d/;

function computeInfo(token: string, lang: string): WordInfo {
  let stem: string | null = null;
  const stop = lang === "en" ? EN_STOP : FR_STOP;
  if (!(token.length < 2 && !HAS_DIGIT.test(token)) && !(stop.has(token) && !KEEP.has(token))) {
    stem = DIGITS.test(token) ? (token.length >= 4 ? "#num" : "#n") : lang === "en" ? stemEnglish(token) : stemmerFr.stemWord(token);
  }
  let grams = NO_GRAMS;
  if (token.length >= 4) {
    const padded = `_${token}_`;
    const out: string[] = [];
    for (let i = 0; i + 4 <= padded.length; i++) out.push(`c:${padded.slice(i, i + 4)}`);
    grams = out;
  }
  return { stem, stemFeature: stem === null ? null : `w:${stem}`, grams, bigrams: null, gramIds: [null, null], gramIndex: [null, null] };
}

/** Stem and feature strings of a folded word; English gets the light stemmer, anything else French. */
export function wordInfo(token: string, lang: string): WordInfo {
  const en = lang === "en";
  const cache = en ? enCache : frCache;
  let info = cache.get(token);
  if (info === undefined) {
    info = computeInfo(token, en ? "en" : "fr");
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, info);
  }
  return info;
}

/**
 * `b:<previous stem>_<stem>`, the same string object each time a post repeats the pair: a
 * string built per post must be flattened and hashed again by every model lookup.
 */
export function bigramFeature(previous: WordInfo, stem: string): string {
  let bigrams = previous.bigrams;
  if (bigrams === null) previous.bigrams = bigrams = new Map();
  let feature = bigrams.get(stem);
  if (feature === undefined) {
    feature = `b:${previous.stem}_${stem}`;
    if (bigrams.size < BIGRAM_LIMIT) bigrams.set(stem, feature);
  }
  return feature;
}

/**
 * The rows of a word's 4-grams in a model's feature index, looked up once per word and index
 * rather than once per post: 4-grams are most of a post's features, and the index is large.
 */
export function gramIds(info: WordInfo, index: ReadonlyMap<string, number>, slot: 0 | 1): Int32Array {
  const cached = info.gramIds[slot];
  if (info.gramIndex[slot] === index && cached !== null) return cached;
  const ids = new Int32Array(info.grams.length);
  for (let g = 0; g < ids.length; g++) ids[g] = index.get(info.grams[g]) ?? -1;
  info.gramIds[slot] = ids;
  info.gramIndex[slot] = index;
  return ids;
}

const WORD_RE = /[a-z0-9]+/g;

/** Words of a folded text (see `foldForMatching`), elisions split off ("l'eau" → "eau"). */
export function words(folded: string): string[] {
  return folded.match(WORD_RE) ?? [];
}

/**
 * Content stems of a folded text: stop words out (negations kept), French Snowball stems for
 * French and unknown languages (the corpus is French first), a light stemmer for English.
 */
export function stems(tokens: readonly string[], lang: string): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const { stem } = wordInfo(token, lang);
    if (stem !== null) out.push(stem);
  }
  return out;
}
