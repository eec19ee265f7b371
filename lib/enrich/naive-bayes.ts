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
  /** Bumped on every `add`, so precomputed forms of the table know when they are stale. */
  version = 0;

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
    this.version++;
  }
}

export type Layer = { table: CountTable; weight: number };

const ALPHA = 0.5; // Lidstone smoothing: lighter than Laplace, as posts are short and sparse.
/** How many "feature votes" the mean log likelihood is worth against the prior. */
const SCALE = 8;

/** Feature string → row id, shared by the heads of one compiled model so a post is looked up once. */
export type FeatureIndex = Map<string, number>;

/** The features of some tables, numbered. */
export function indexFeatures(tables: readonly CountTable[]): FeatureIndex {
  const index: FeatureIndex = new Map();
  for (const table of tables) for (const feature of table.counts.keys()) if (!index.has(feature)) index.set(feature, index.size);
  return index;
}

/**
 * Stacked layers with their logarithms taken once, over the features of an index:
 * `logNumerators[id * classCount + c]` is log(Σ weight × count + α) of feature `id`. Scoring a post
 * then costs additions, not a `Math.log` per feature and class.
 */
export type CompiledHead = {
  classCount: number;
  logNumerators: Float64Array;
  /** 1 where some layer has seen the feature `id`. */
  seen: Uint8Array;
  /** log(Σ weight × class total + α × vocabulary), per class. */
  logDenominators: Float64Array;
  /** log of the smoothed class prior. */
  logPriors: Float64Array;
};

export function compileHead(layers: readonly Layer[], index: FeatureIndex): CompiledHead {
  const classCount = layers[0].table.classCount;
  const logNumerators = new Float64Array(index.size * classCount);
  const seen = new Uint8Array(index.size);
  const sums = new Float64Array(classCount);
  // The vocabulary is the union of the layers' features: an activation's corrections mostly
  // repeat seed words, and counting those twice would flatten every likelihood.
  let vocabulary = layers[0].table.counts.size;
  for (const [feature, id] of index) {
    sums.fill(0);
    for (const { table, weight } of layers) {
      const row = table.counts.get(feature);
      if (!row) continue;
      seen[id] = 1;
      for (let c = 0; c < classCount; c++) sums[c] += weight * row[c];
    }
    if (seen[id] === 1 && !layers[0].table.counts.has(feature)) vocabulary++;
    for (let c = 0; c < classCount; c++) logNumerators[id * classCount + c] = Math.log(sums[c] + ALPHA);
  }
  const totals = new Float64Array(classCount);
  const docs = new Float64Array(classCount);
  for (const { table, weight } of layers) {
    for (let c = 0; c < classCount; c++) {
      totals[c] += weight * table.totals[c];
      docs[c] += weight * table.docs[c];
    }
  }
  const allDocs = docs.reduce((a, b) => a + b, 0);
  const logDenominators = totals.map((t) => Math.log(t + ALPHA * vocabulary));
  const logPriors = docs.map((d) => Math.log((d + 1) / (allDocs + classCount)));
  return { classCount, logNumerators, seen, logDenominators, logPriors };
}

/**
 * Per-class log scores (log prior + mean log likelihood per feature) of a post. `ids` are the
 * post's features' rows in the seed head's index (-1 when absent). `overlay`, when an activation
 * has corrections, is the seed and corrections stacked over the corrections' own features
 * (`overlayIds`); it also carries the stacked totals and priors. Averaging over features rather
 * than summing keeps long posts from overwhelming the lexicon priors added afterwards.
 */
export function scoreHead(ids: Int32Array, seed: CompiledHead, overlay: { head: CompiledHead; ids: Int32Array } | null, withPrior = true): Float64Array {
  const classCount = seed.classCount;
  const scores = new Float64Array(classCount);
  let known = 0;
  for (let i = 0; i < ids.length; i++) {
    const o = overlay ? overlay.ids[i] : -1;
    let numerators: Float64Array;
    let base: number;
    if (o >= 0 && overlay!.head.seen[o] === 1) {
      numerators = overlay!.head.logNumerators;
      base = o * classCount;
    } else {
      const id = ids[i];
      // A feature no layer has ever seen says nothing about any class.
      if (id < 0 || seed.seen[id] === 0) continue;
      numerators = seed.logNumerators;
      base = id * classCount;
    }
    known++;
    for (let c = 0; c < classCount; c++) scores[c] += numerators[base + c];
  }
  const head = overlay ? overlay.head : seed;
  for (let c = 0; c < classCount; c++) {
    const mean = known > 0 ? scores[c] / known - head.logDenominators[c] : 0;
    scores[c] = mean * SCALE + (withPrior ? head.logPriors[c] : 0);
  }
  return scores;
}

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
