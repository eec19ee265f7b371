import type { Hazard } from "@/lib/activation/hazards";
import { compileLexicon, matchLexicon } from "./compile-lexicon";
import { RELEVANT_TYPES, type InformationType } from "./information-types";
import { HAZARD_LEXICON, NOISE_LEXICON } from "./lexicons/hazard-lexicon";
import { TYPE_LEXICON_EN } from "./lexicons/type-lexicon-en";
import { TYPE_LEXICON_FR } from "./lexicons/type-lexicon-fr";
import { wordInfo, words } from "./tokenize";

export type PostFeatures = {
  /** Bag of features for naive Bayes, with repeats. */
  bag: string[];
  /** Lexicon phrases found, per relevant information type. */
  typeHits: Partial<Record<InformationType, string[]>>;
  /** Cue phrases of the activation's hazard found in the post. */
  hazardHits: string[];
  /** Figurative or off-topic phrases found. */
  noiseHits: string[];
};

// Compiled once per process: building these alternations costs more than matching thousands of posts.
const TYPE_PATTERNS: Record<"fr" | "en", [InformationType, RegExp][]> = {
  fr: RELEVANT_TYPES.filter((t) => TYPE_LEXICON_FR[t]).map((t) => [t, compileLexicon(TYPE_LEXICON_FR[t] ?? [])]),
  en: RELEVANT_TYPES.filter((t) => TYPE_LEXICON_EN[t]).map((t) => [t, compileLexicon(TYPE_LEXICON_EN[t] ?? [])]),
};
const HAZARD_PATTERNS = new Map<Hazard, RegExp>();
const NOISE_PATTERN = compileLexicon(NOISE_LEXICON);

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
  let previous: string | null = null;
  for (const token of tokens) {
    const info = wordInfo(token, lang);
    if (info.stem === null) continue;
    bag.push(info.stemFeature!);
    if (previous !== null) bag.push(`b:${previous}_${info.stem}`);
    previous = info.stem;
  }
  for (const token of tokens) for (const gram of wordInfo(token, lang).grams) bag.push(gram);

  const typeHits: Partial<Record<InformationType, string[]>> = {};
  for (const [type, pattern] of TYPE_PATTERNS[lang === "en" ? "en" : "fr"]) {
    const hits = matchLexicon(pattern, folded);
    if (hits.length === 0) continue;
    typeHits[type] = hits;
    for (const _ of hits) bag.push(`L:${type}`, `L:${type}`);
  }
  const hazardHits = matchLexicon(hazardPattern(hazard), folded);
  const noiseHits = matchLexicon(NOISE_PATTERN, folded);
  if (hazardHits.length > 0) bag.push("H:hit", "H:hit", `H:n${Math.min(3, hazardHits.length)}`);
  else bag.push("H:none");
  if (noiseHits.length > 0) bag.push("N:hit", "N:hit");
  return { bag, typeHits, hazardHits, noiseHits };
}
