import { createEnricher } from "../../lib/enrich/create-enricher";
import type { EnrichmentModel, LabelledExample } from "../../lib/enrich/enrichment-model";
import { INFORMATION_TYPES } from "../../lib/enrich/information-types";
import type { Hazard } from "../../lib/activation/hazards";

export type LabelledPost = LabelledExample & { hazard: Hazard; category: NonNullable<LabelledExample["category"]>; urgent: boolean; lang: string };

export type EnrichFigures = {
  relevancePrecision: number;
  relevanceRecall: number;
  relevanceF1: number;
  relevanceAuc: number;
  typeMacroF1: number;
  typeAccuracy: number;
  urgencyRecall: number;
  urgencyPrecision: number;
  perType: Record<string, { precision: number; recall: number; f1: number; support: number }>;
};

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** ROC AUC as the probability that a random positive outranks a random negative (ties count half). */
export function rocAuc(scores: number[], labels: boolean[]): number {
  const pos = scores.filter((_, i) => labels[i]);
  const neg = scores.filter((_, i) => !labels[i]);
  if (pos.length === 0 || neg.length === 0) return NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/**
 * Enriches every test post (one enricher per hazard, as in one activation per hazard, or the
 * single `activationHazard` given) and scores it against its labels.
 */
export function evaluate(options: { model: EnrichmentModel; test: readonly LabelledPost[]; corrections?: readonly LabelledPost[]; activationHazard?: Hazard }): EnrichFigures {
  const enrichers = new Map<Hazard, ReturnType<typeof createEnricher>>();
  const enricherFor = (hazard: Hazard) => {
    let enricher = enrichers.get(hazard);
    if (!enricher) {
      enricher = createEnricher({ hazard, model: options.model });
      for (const c of options.corrections ?? []) enricher.learn({ text: c.text, relevant: c.relevant, category: c.category, urgent: c.urgent });
      enrichers.set(hazard, enricher);
    }
    return enricher;
  };
  const out = options.test.map((post) => ({ post, e: enricherFor(options.activationHazard ?? post.hazard).enrich({ text: post.text, lang: post.lang }) }));

  let tp = 0, fp = 0, fn = 0;
  for (const { post, e } of out) {
    const predicted = e.relevance >= 0.5;
    if (predicted && post.relevant) tp++;
    else if (predicted) fp++;
    else if (post.relevant) fn++;
  }
  const relevancePrecision = tp / Math.max(1, tp + fp);
  const relevanceRecall = tp / Math.max(1, tp + fn);

  const perType: EnrichFigures["perType"] = {};
  const f1s: number[] = [];
  for (const type of INFORMATION_TYPES) {
    const support = out.filter(({ post }) => post.category === type).length;
    if (support === 0) continue;
    const predicted = out.filter(({ e }) => e.category === type).length;
    const correct = out.filter(({ post, e }) => post.category === type && e.category === type).length;
    const precision = correct / Math.max(1, predicted);
    const recall = correct / support;
    perType[type] = { precision: r3(precision), recall: r3(recall), f1: r3(f1(precision, recall)), support };
    f1s.push(f1(precision, recall));
  }

  let utp = 0, ufp = 0, ufn = 0;
  for (const { post, e } of out) {
    if (e.urgent && post.urgent) utp++;
    else if (e.urgent) ufp++;
    else if (post.urgent) ufn++;
  }
  return {
    relevancePrecision: r3(relevancePrecision),
    relevanceRecall: r3(relevanceRecall),
    relevanceF1: r3(f1(relevancePrecision, relevanceRecall)),
    relevanceAuc: r3(rocAuc(out.map(({ e }) => e.relevance), out.map(({ post }) => post.relevant))),
    typeMacroF1: r3(f1s.reduce((a, b) => a + b, 0) / f1s.length),
    typeAccuracy: r3(out.filter(({ post, e }) => post.category === e.category).length / out.length),
    urgencyRecall: r3(utp / Math.max(1, utp + ufn)),
    urgencyPrecision: r3(utp / Math.max(1, utp + ufp)),
    perType,
  };
}

/** Deterministic shuffle (LCG), so every run holds out the same posts. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return items.map((item) => [next(), item] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);
}
