import { franc } from "franc-all";
import { stripPostMarkup } from "./clean-text";

/** franc's ISO 639-3 codes for the languages Vigie watches, mapped to ISO 639-1. */
const ISO3_TO_ISO1: Record<string, string> = {
  fra: "fr",
  eng: "en",
  spa: "es",
  ita: "it",
  deu: "de",
  nld: "nl",
  por: "pt",
  eus: "eu",
  oci: "oc",
};
// Restricting franc is what makes it fast (~10× over all 400 languages) and stops short
// French posts from being labelled as some unrelated language.
const ONLY = Object.keys(ISO3_TO_ISO1);

// Words that are both frequent in posts and nearly exclusive to one language. Short posts
// defeat trigram statistics, but "les … est … pas" is French beyond doubt; the pre-check is also
// several times faster than franc on the common case.
const STOP_WORDS: Record<string, readonly string[]> = {
  fr: ["le", "la", "de", "un", "en", "que", "à", "les", "des", "est", "une", "dans", "pour", "pas", "sur", "qui", "avec", "sont", "nous", "vous", "mais", "plus", "tout", "depuis", "cette", "chez", "aux", "ils", "elle", "leur", "très", "été", "ça", "où", "déjà", "encore", "après", "au", "du", "ne", "je", "il", "on", "et"],
  en: ["the", "and", "is", "are", "was", "were", "with", "this", "that", "have", "has", "from", "our", "we", "you", "they", "been", "there", "not", "for", "of", "it's", "just", "all", "near", "after", "into", "still", "please"],
  es: ["los", "las", "el", "del", "por", "una", "con", "para", "está", "están", "muy", "pero", "hay", "sus", "como", "fue", "también", "todo"],
  it: ["il", "gli", "della", "che", "sono", "per", "una", "con", "non", "nel", "alla", "anche", "molto", "questa", "è", "ci", "stato"],
  de: ["der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "wir", "sind", "auch", "noch", "wurde", "nach", "bei"],
  nl: ["het", "een", "van", "en", "niet", "zijn", "wij", "ook", "naar", "bij", "maar", "nog", "wordt", "deze", "voor", "heeft", "er"],
  pt: ["os", "uma", "não", "com", "para", "são", "está", "mais", "pelo", "também", "muito", "foi", "ao", "isso", "estão", "da", "do"],
};
const STOP_INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const word of words) STOP_INDEX.set(word, [...(STOP_INDEX.get(word) ?? []), lang]);
}

const WORD_RE = /[\p{L}']+/gu;

/** The word without a leading elided article or pronoun ("l'eau" → "eau"); a loop rather than a regex per word. */
function withoutElision(word: string): string {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122 && word.charCodeAt(1) === 39 ? word.slice(2) : word;
}

/**
 * ISO 639-1 code of a post's language among fr, en, es, it, de, nl, pt (eu and oc best
 * effort), or `und` when the text, once stripped of mentions, URLs, `#` and `RT`, is too short
 * to tell.
 */
export function detectLanguage(text: string): string {
  return detectStrippedLanguage(stripPostMarkup(text));
}

/** `detectLanguage` of text already passed through `stripPostMarkup`. */
export function detectStrippedLanguage(clean: string): string {
  const words = clean.toLowerCase().match(WORD_RE) ?? [];
  // Two words are not a language: "crue Landes" is also Occitan, Catalan or a place name.
  if (words.length < 3 || clean.replace(/[^\p{L}]/gu, "").length < 10) return "und";

  const hits: Record<string, number> = {};
  for (const word of words) {
    const langs = STOP_INDEX.get(withoutElision(word));
    if (langs === undefined) continue;
    for (const lang of langs) hits[lang] = (hits[lang] ?? 0) + 1;
  }
  const ranked = Object.entries(hits).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  // Decisive only when one language clearly leads: three distinctive words and twice the runner-up.
  if (first && (first[0] === "fr" || first[0] === "en") && first[1] >= 3 && first[1] >= 2 * (second?.[1] ?? 0)) return first[0];

  const code = ISO3_TO_ISO1[franc(clean, { only: ONLY, minLength: 8 })];
  // On short French posts trigram statistics often drift to Occitan or Basque; trust the stop
  // words there, since a post really in Occitan rarely leads with French function words.
  if ((code === "oc" || code === "eu") && first?.[0] === "fr") return "fr";
  return code ?? (first && first[1] >= 2 ? first[0] : "und");
}
