import type { Hazard } from "@/lib/activation/hazards";
import { compileLexicon, matchLexicon } from "./compile-lexicon";
import { RELEVANT_TYPES, type InformationType } from "./information-types";
import { HAZARD_LEXICON, NOISE_LEXICON } from "./lexicons/hazard-lexicon";
import { TYPE_LEXICON_EN } from "./lexicons/type-lexicon-en";
import { TYPE_LEXICON_FR } from "./lexicons/type-lexicon-fr";
import { bigramFeature, wordInfo, words, type WordInfo } from "./tokenize";

export type PostFeatures = {
  /** Bag of features for naive Bayes, with repeats. */
  bag: string[];
  /** Lexicon phrases found, per relevant information type. */
  typeHits: Partial<Record<InformationType, string[]>>;
  /** Cue phrases of the activation's hazard found in the post. */
  hazardHits: string[];
  /** Figurative or off-topic phrases found. */
  noiseHits: string[];
  /** The post's words in order; `bag` holds their 4-grams from `gramStart` on, word after word. */
  words: readonly WordInfo[];
  gramStart: number;
};

// Compiled once per process: building these alternations costs more than matching thousands of posts.
const TYPE_PATTERNS: Record<"fr" | "en", [InformationType, RegExp][]> = {
  fr: RELEVANT_TYPES.filter((t) => TYPE_LEXICON_FR[t]).map((t) => [t, compileLexicon(TYPE_LEXICON_FR[t] ?? [])]),
  en: RELEVANT_TYPES.filter((t) => TYPE_LEXICON_EN[t]).map((t) => [t, compileLexicon(TYPE_LEXICON_EN[t] ?? [])]),
};
const HAZARD_PATTERNS = new Map<Hazard, RegExp>();
const NOISE_PATTERN = compileLexicon(NOISE_LEXICON);
// Feature strings made once, so model lookups hash each of them once per process.
const LEXICON_FEATURE = Object.fromEntries(RELEVANT_TYPES.map((t) => [t, `L:${t}`])) as Record<InformationType, string>;
const HAZARD_COUNT_FEATURE = ["H:n0", "H:n1", "H:n2", "H:n3"];

function hazardPattern(hazard: Hazard): RegExp {
  let pattern = HAZARD_PATTERNS.get(hazard);
  if (!pattern) HAZARD_PATTERNS.set(hazard, (pattern = compileLexicon(HAZARD_LEXICON[hazard])));
  return pattern;
}

/**
 * Features of a folded post: word stems, stem bigrams (word order matters: "pas de blessés"),
 * character 4-grams (typos and SMS spellings share most of them with the proper word), and
 * lexicon hits as extra tokens so the classifier learns how far to trust each lexicon.
 */
export function extractFeatures(folded: string, lang: string, hazard: Hazard): PostFeatures {
  const tokens = words(folded);
  const bag: string[] = [];
  const infos: WordInfo[] = new Array(tokens.length);
  let previous: WordInfo | null = null;
  for (let t = 0; t < tokens.length; t++) {
    const info = wordInfo(tokens[t], lang);
    infos[t] = info;
    if (info.stem === null) continue;
    bag.push(info.stemFeature!);
    if (previous !== null) bag.push(bigramFeature(previous, info.stem));
    previous = info;
  }
  const gramStart = bag.length;
  for (let t = 0; t < infos.length; t++) {
    const grams = infos[t].grams;
    for (let g = 0; g < grams.length; g++) bag.push(grams[g]);
  }

  const typeHits: Partial<Record<InformationType, string[]>> = {};
  for (const [type, pattern] of TYPE_PATTERNS[lang === "en" ? "en" : "fr"]) {
    const hits = matchLexicon(pattern, folded);
    if (hits.length === 0) continue;
    typeHits[type] = hits;
    const feature = LEXICON_FEATURE[type];
    for (let h = 0; h < hits.length; h++) bag.push(feature, feature);
  }
  const hazardHits = matchLexicon(hazardPattern(hazard), folded);
  const noiseHits = matchLexicon(NOISE_PATTERN, folded);
  if (hazardHits.length > 0) bag.push("H:hit", "H:hit", HAZARD_COUNT_FEATURE[Math.min(3, hazardHits.length)]);
  else bag.push("H:none");
  if (noiseHits.length > 0) bag.push("N:hit", "N:hit");
  return { bag, typeHits, hazardHits, noiseHits, words: infos, gramStart };
}
