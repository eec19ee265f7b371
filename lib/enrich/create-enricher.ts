import type { Hazard } from "@/lib/activation/hazards";
import { foldStripped, stripPostMarkup } from "./clean-text";
import { detectStrippedLanguage } from "./detect-language";
import { addExample, compileModel, emptyModel, seedEnrichmentModel, type CompiledModel, type EnrichmentModel, type LabelledExample } from "./enrichment-model";
import { extractFeatures, type PostFeatures } from "./extract-features";
import { gramIds } from "./tokenize";
import { RELEVANT_TYPES, type InformationType } from "./information-types";
import { scoreHead, softmax, type CompiledHead, type FeatureIndex } from "./naive-bayes";
import { scoreFoldedUrgency, URGENT_THRESHOLD } from "./score-urgency";

export { INFORMATION_TYPES, type InformationType } from "./information-types";
export { suggestReportCategory } from "./suggest-report-category";

export type Enrichment = {
  lang: string;
  relevance: number;
  category: InformationType;
  categoryConfidence: number;
  urgent: boolean;
  urgency: number;
  urgencyTriggers: string[];
};

export type Enricher = {
  enrich(input: { text: string; lang?: string | null }): Enrichment;
  learn(example: { text: string; relevant: boolean; category?: InformationType; urgent?: boolean }): void;
  /** Corrections learned by this enricher (this activation), not counting the seed corpus. */
  labelsLearned(): number;
};

const MAX_CORRECTION_WEIGHT = 6;
/** After this many corrections the extra weight of each has halved. */
const CORRECTION_HALF_LIFE = 10;

/**
 * How many seed posts one of this activation's corrections counts as, once it has `corrections`
 * of them. The first clicks must move predictions (a correction is about this activation's
 * places, vocabulary and noise), so they weigh up to 6 seed posts; as they accumulate the
 * activation's own counts carry the evidence and each weighs less, towards 1 (plain pooling).
 * The corrections' total influence, n × weight, keeps growing with n but never swamps the seed:
 * a flat 6× made the learning curve go down (on cross-validation of the training side, type
 * macro-F1 0.728 → 0.715 → 0.682 after 0, 50, 150 corrections; this 0.728 → 0.732 → 0.740).
 */
export function correctionWeight(corrections: number): number {
  return 1 + (MAX_CORRECTION_WEIGHT - 1) * (CORRECTION_HALF_LIFE / (CORRECTION_HALF_LIFE + corrections));
}

// Lexicon evidence on top of the classifier, in log-odds. Modest on purpose: the classifier has
// already seen lexicon hits as features; these keep a usable start when a lexicon word is new to it.
const HAZARD_HIT_BONUS = 0.6;
const NO_HAZARD_PENALTY = 0.6;
const NOISE_PENALTY = 1.2;
const TYPE_HIT_BONUS = 2;
const KNOWN_LANGS = /^(?:fr|en|es|it|de|nl|pt|eu|oc)$/;

/** Rows of a post's features in a model's index (-1 when absent), in `bag` order. */
function featureIds(features: PostFeatures, index: FeatureIndex, slot: 0 | 1): Int32Array {
  const { bag, words, gramStart } = features;
  const ids = new Int32Array(bag.length);
  for (let i = 0; i < gramStart; i++) ids[i] = index.get(bag[i]) ?? -1;
  let at = gramStart;
  for (let w = 0; w < words.length; w++) {
    if (words[w].grams.length === 0) continue;
    const wordIds = gramIds(words[w], index, slot);
    ids.set(wordIds, at);
    at += wordIds.length;
  }
  for (let i = at; i < bag.length; i++) ids[i] = index.get(bag[i]) ?? -1;
  return ids;
}

/** The corrections' head to stack on the seed's, when this enricher has learned any. */
function overlayOf(overlay: CompiledModel | null, ids: Int32Array | null, head: "relevance" | "type" | "urgency"): { head: CompiledHead; ids: Int32Array } | null {
  return overlay && ids ? { head: overlay[head], ids } : null;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The text-understanding engine of one activation: language, relevance to its hazard,
 * information type and urgency of a post, offline and in-process. The seed model is trained once
 * per process and shared; this enricher's corrections (`learn`) live in its own layer, weighted
 * above the seed, so activations do not teach each other. Replaying persisted corrections into a
 * fresh enricher restores it after a restart. `model` replaces the seed (evaluations use it).
 */
export function createEnricher(options: { hazard: Hazard; model?: EnrichmentModel }): Enricher {
  const { hazard } = options;
  const seed = options.model ?? seedEnrichmentModel();
  const corrections = emptyModel();
  // Seed and corrections stacked over the corrections' features, rebuilt after each `learn`.
  let overlay: CompiledModel | null = null;
  let overlayStale = false;

  function enrich(input: { text: string; lang?: string | null }): Enrichment {
    const text = input.text ?? "";
    // Markup is stripped once and shared by language detection and matching.
    const clean = stripPostMarkup(text);
    const lang = input.lang && KNOWN_LANGS.test(input.lang) ? input.lang : detectStrippedLanguage(clean);
    const folded = foldStripped(clean);
    const features = extractFeatures(folded, lang, hazard);
    const compiled = compileModel(seed);
    if (overlayStale) {
      overlay = compileModel(seed, { model: corrections, weight: correctionWeight(corrections.examples) });
      overlayStale = false;
    }
    const ids = featureIds(features, compiled.index, 0);
    const overIds = overlay ? featureIds(features, overlay.index, 1) : null;
    const rel = scoreHead(ids, compiled.relevance, overlayOf(overlay, overIds, "relevance"));
    let z = rel[1] - rel[0];
    z += features.hazardHits.length > 0 ? HAZARD_HIT_BONUS : -NO_HAZARD_PENALTY;
    z -= NOISE_PENALTY * Math.min(2, features.noiseHits.length);
    const relevance = features.bag.length === 0 ? 0 : sigmoid(z);

    const typeScores = scoreHead(ids, compiled.type, overlayOf(overlay, overIds, "type"));
    const { typeHits } = features;
    for (let i = 0; i < RELEVANT_TYPES.length; i++) typeScores[i] += TYPE_HIT_BONUS * Math.min(3, typeHits[RELEVANT_TYPES[i]]?.length ?? 0);
    const typeProbabilities = softmax(typeScores);
    let best = 0;
    for (let i = 1; i < typeProbabilities.length; i++) if (typeProbabilities[i] > typeProbabilities[best]) best = i;
    const isRelevant = relevance >= 0.5;

    const rules = scoreFoldedUrgency(folded);
    // Without the prior: urgent posts are rare, and the rules already carry that base rate.
    const urgencyModel = softmax(scoreHead(ids, compiled.urgency, overlayOf(overlay, overIds, "urgency"), false))[1];
    // Rules decide; the classifier nudges, so volunteers' "urgent / not urgent" clicks count.
    let urgency = rules.score > 0 ? rules.score + 0.3 * (urgencyModel - 0.5) : Math.max(0, (urgencyModel - 0.5) * 1.2);
    if (relevance < 0.2) urgency *= 0.6; // a figurative "au secours" in an off-topic post
    urgency = Math.max(0, Math.min(1, urgency));

    return {
      lang,
      relevance: round(relevance),
      category: isRelevant ? RELEVANT_TYPES[best] : "NOT_RELEVANT",
      categoryConfidence: round(isRelevant ? relevance * typeProbabilities[best] : 1 - relevance),
      urgent: urgency >= URGENT_THRESHOLD,
      urgency: round(urgency),
      urgencyTriggers: rules.triggers,
    };
  }

  function learn(example: { text: string; relevant: boolean; category?: InformationType; urgent?: boolean }): void {
    const labelled: LabelledExample = { ...example, category: example.relevant ? example.category : undefined };
    addExample(corrections, labelled, hazard);
    overlayStale = true;
  }

  return { enrich, learn, labelsLearned: () => corrections.examples };
}
