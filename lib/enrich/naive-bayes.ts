/**
 * Multinomial naive Bayes counts that can be stacked: a shared seed table trained once per
 * process, and a small per-activation table of corrections weighted on top of it. Stacking counts
 * (instead of copying the seed model per activation) makes an enricher free to create and keeps
 * one activation's corrections out of another's predictions.
 */
export class CountTable {
  readonly counts = new Map<string, Float64Array>();
  readonly totals: Float64Array;
  readonly docs: Float64Array;

  constructor(readonly classCount: number) {
    this.totals = new Float64Array(classCount);
    this.docs = new Float64Array(classCount);
  }

  add(features: readonly string[], label: number, weight = 1): void {
    this.docs[label] += weight;
    for (const feature of features) {
      let row = this.counts.get(feature);
      if (!row) this.counts.set(feature, (row = new Float64Array(this.classCount)));
      row[label] += weight;
      this.totals[label] += weight;
    }
  }
}

export type Layer = { table: CountTable; weight: number };

const ALPHA = 0.5; // Lidstone smoothing: lighter than Laplace, as posts are short and sparse.

/**
 * Per-class log scores (log prior + mean log likelihood per feature) of `features` under the
 * stacked layers. Averaging over features rather than summing keeps long posts from
 * overwhelming the lexicon priors added afterwards and keeps scores on a comparable scale.
 */
export function logScores(features: readonly string[], layers: readonly Layer[], withPrior = true): Float64Array {
  const classCount = layers[0].table.classCount;
  const scores = new Float64Array(classCount);
  const totals = new Float64Array(classCount);
  const docs = new Float64Array(classCount);
  let vocabulary = 0;
  for (const { table, weight } of layers) {
    vocabulary += table.counts.size;
    for (let c = 0; c < classCount; c++) {
      totals[c] += weight * table.totals[c];
      docs[c] += weight * table.docs[c];
    }
  }
  let allDocs = 0;
  for (let c = 0; c < classCount; c++) allDocs += docs[c];
  const counts = new Float64Array(classCount);
  let known = 0;
  for (const feature of features) {
    counts.fill(0);
    let seen = false;
    for (const { table, weight } of layers) {
      const row = table.counts.get(feature);
      if (!row) continue;
      seen = true;
      for (let c = 0; c < classCount; c++) counts[c] += weight * row[c];
    }
    // A feature no layer has ever seen says nothing about any class.
    if (!seen) continue;
    known++;
    for (let c = 0; c < classCount; c++) scores[c] += Math.log((counts[c] + ALPHA) / (totals[c] + ALPHA * vocabulary));
  }
  for (let c = 0; c < classCount; c++) {
    const mean = known > 0 ? scores[c] / known : 0;
    scores[c] = mean * SCALE + (withPrior ? Math.log((docs[c] + 1) / (allDocs + classCount)) : 0);
  }
  return scores;
}

/** How many "feature votes" the mean log likelihood is worth against the prior. */
const SCALE = 8;

/** Softmax of log scores, in place-safe copy. */
export function softmax(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  const out = new Float64Array(scores.length);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += out[i] = Math.exp(scores[i] - max);
  for (let i = 0; i < scores.length; i++) out[i] /= sum;
  return out;
}
