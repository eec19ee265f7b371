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

// Posts repeat the same few thousand words; memoising the Snowball stemmer is most of the speed.
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function stem(word: string, lang: string): string {
  const key = lang === "en" ? `e${word}` : `f${word}`;
  let value = stemCache.get(key);
  if (value === undefined) {
    value = lang === "en" ? stemEnglish(word) : stemmerFr.stemWord(word);
    if (stemCache.size > STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(key, value);
  }
  return value;
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
  const stop = lang === "en" ? EN_STOP : FR_STOP;
  for (const token of tokens) {
    if (token.length < 2 && !/\d/.test(token)) continue;
    if (stop.has(token) && !KEEP.has(token)) continue;
    out.push(/^\d+$/.test(token) ? (token.length >= 4 ? "#num" : "#n") : stem(token, lang));
  }
  return out;
}
