import type { Hazard } from "@/lib/activation/hazards";
import { foldForMatching } from "./clean-text";
import { detectLanguage } from "./detect-language";
import { addExample, emptyModel, seedEnrichmentModel, type EnrichmentModel, type LabelledExample } from "./enrichment-model";
import { extractFeatures } from "./extract-features";
import { RELEVANT_TYPES, type InformationType } from "./information-types";
import { logScores, softmax, type Layer } from "./naive-bayes";
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

/**
 * A volunteer's correction counts as this many seed posts: it comes from the activation at hand
 * (its places, its vocabulary, its noise), so it should move predictions after a few clicks.
 */
export const CORRECTION_WEIGHT = 6;

// Lexicon evidence on top of the classifier, in log-odds. Modest on purpose: the classifier has
// already seen lexicon hits as features; these keep a usable start when a lexicon word is new to it.
const HAZARD_HIT_BONUS = 0.6;
const NO_HAZARD_PENALTY = 0.6;
const NOISE_PENALTY = 1.2;
const TYPE_HIT_BONUS = 2;
const KNOWN_LANGS = /^(?:fr|en|es|it|de|nl|pt|eu|oc)$/;

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
  const layers = (pick: (m: EnrichmentModel) => EnrichmentModel["relevance"]): Layer[] =>
    corrections.examples > 0 ? [{ table: pick(seed), weight: 1 }, { table: pick(corrections), weight: CORRECTION_WEIGHT }] : [{ table: pick(seed), weight: 1 }];

  function enrich(input: { text: string; lang?: string | null }): Enrichment {
    const text = input.text ?? "";
    const lang = input.lang && KNOWN_LANGS.test(input.lang) ? input.lang : detectLanguage(text);
    const folded = foldForMatching(text);
    const features = extractFeatures(folded, lang, hazard);

    const rel = logScores(features.bag, layers((m) => m.relevance));
    let z = rel[1] - rel[0];
    z += features.hazardHits.length > 0 ? HAZARD_HIT_BONUS : -NO_HAZARD_PENALTY;
    z -= NOISE_PENALTY * Math.min(2, features.noiseHits.length);
    const relevance = features.bag.length === 0 ? 0 : sigmoid(z);

    const typeScores = logScores(features.bag, layers((m) => m.type));
    RELEVANT_TYPES.forEach((type, i) => (typeScores[i] += TYPE_HIT_BONUS * Math.min(3, features.typeHits[type]?.length ?? 0)));
    const typeProbabilities = softmax(typeScores);
    let best = 0;
    for (let i = 1; i < typeProbabilities.length; i++) if (typeProbabilities[i] > typeProbabilities[best]) best = i;
    const isRelevant = relevance >= 0.5;

    const rules = scoreFoldedUrgency(folded);
    // Without the prior: urgent posts are rare, and the rules already carry that base rate.
    const urgencyModel = softmax(logScores(features.bag, layers((m) => m.urgency), false))[1];
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
  }

  return { enrich, learn, labelsLearned: () => corrections.examples };
}
