/**
 * node --import tsx tests/eval/learning-cv.ts — tuning figures from the TRAINING side only
 * (data/enrich/seed-train.jsonl), so lexicons, weights and the correction scheme can be tuned
 * without ever looking at the frozen evaluation set:
 *  - 5-fold cross-validation of the seed model (relevance AUC, type macro-F1, urgency R/P);
 *  - a learning curve: flood-family posts split in 4 folds; each fold is the test of a new flood
 *    activation whose corrections (0, 50, 150) come from other flood-family posts held out of
 *    the base model. Averaged over folds and two shuffles.
 * Prints figures; the last line is one JSON object.
 */
import fs from "node:fs";
import { trainEnrichmentModel } from "../../lib/enrich/enrichment-model";
import { evaluate, shuffled, type EnrichFigures, type LabelledPost } from "./enrich-metrics";

const train: LabelledPost[] = fs.readFileSync("data/enrich/seed-train.jsonl", "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledPost);
const FLOOD_FAMILY = new Set(["flood", "flash_flood", "coastal_flood"]);
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function crossValidate(folds: number, seeds: readonly number[]) {
  const runs: EnrichFigures[] = [];
  const perType: Record<string, number[]> = {};
  for (const seed of seeds) {
    const posts = shuffled(train, seed);
    for (let k = 0; k < folds; k++) {
      const test = posts.filter((_, i) => i % folds === k);
      const model = trainEnrichmentModel(posts.filter((_, i) => i % folds !== k));
      const f = evaluate({ model, test });
      runs.push(f);
      for (const [type, t] of Object.entries(f.perType)) (perType[type] ??= []).push(t.f1);
    }
  }
  return {
    relevanceAuc: r3(mean(runs.map((f) => f.relevanceAuc))),
    relevanceF1: r3(mean(runs.map((f) => f.relevanceF1))),
    typeMacroF1: r3(mean(runs.map((f) => f.typeMacroF1))),
    typeAccuracy: r3(mean(runs.map((f) => f.typeAccuracy))),
    urgencyRecall: r3(mean(runs.map((f) => f.urgencyRecall))),
    urgencyPrecision: r3(mean(runs.map((f) => f.urgencyPrecision))),
    perTypeF1: Object.fromEntries(Object.entries(perType).map(([t, xs]) => [t, r3(mean(xs))])),
  };
}

function learningCurve(steps: readonly number[], seeds: readonly number[]) {
  const byStep = new Map<number, EnrichFigures[]>(steps.map((n) => [n, []]));
  for (const seed of seeds) {
    const flood = shuffled(train.filter((p) => FLOOD_FAMILY.has(p.hazard)), seed);
    const folds = 4;
    for (let k = 0; k < folds; k++) {
      const test = flood.filter((_, i) => i % folds === k);
      const pool = flood.filter((_, i) => i % folds !== k).slice(0, Math.max(...steps));
      const held = new Set([...test, ...pool]);
      const base = trainEnrichmentModel(train.filter((p) => !held.has(p)));
      for (const n of steps) byStep.get(n)!.push(evaluate({ model: base, test, corrections: pool.slice(0, n), activationHazard: "flood" }));
    }
  }
  return steps.map((n) => {
    const runs = byStep.get(n)!;
    return { corrections: n, typeMacroF1: r3(mean(runs.map((f) => f.typeMacroF1))), typeAccuracy: r3(mean(runs.map((f) => f.typeAccuracy))), relevanceAuc: r3(mean(runs.map((f) => f.relevanceAuc))), urgencyRecall: r3(mean(runs.map((f) => f.urgencyRecall))) };
  });
}

const cv = crossValidate(5, [1, 2]);
console.log(`learning-cv — seed-train ${train.length} posts; 5-fold CV ×2:`, JSON.stringify(cv));
const curve = learningCurve([0, 50, 150], [7, 8]);
for (const point of curve) console.log(`  after ${String(point.corrections).padStart(3)} corrections: type macro-F1 ${point.typeMacroF1.toFixed(3)} acc ${point.typeAccuracy.toFixed(3)} relevance AUC ${point.relevanceAuc.toFixed(3)} urgency R ${point.urgencyRecall.toFixed(3)}`);
console.log(JSON.stringify({ cvRelevanceAuc: cv.relevanceAuc, cvTypeMacroF1: cv.typeMacroF1, cvUrgencyRecall: cv.urgencyRecall, cvUrgencyPrecision: cv.urgencyPrecision, curve: curve.map((p) => p.typeMacroF1) }));
