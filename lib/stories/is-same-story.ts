import { estimateJaccard } from "@/lib/stories/min-hash";
import type { TextFingerprint } from "@/lib/stories/text-fingerprint";

/**
 * Minimum containment |A∩B| / min(|A|, |B|) of the shingle sets. Containment rather than
 * Jaccard because a quote ("je confirme 👇 <original>") holds all of the original plus its own
 * comment: its Jaccard with the original falls as the comment grows, its containment stays near 1.
 * Light edits (a typo, a changed word) cost up to three shingles each, hence well under 1.
 */
export const MIN_CONTAINMENT = 0.6;

/**
 * Floor on plain Jaccard: without it a five-word post would "contain" any long post that happens
 * to include its words. It is also where LSH stops finding pairs reliably (0.86 at J = 0.2, see
 * band-keys.ts), so the in-memory and the SQL candidate searches decide alike.
 */
export const MIN_JACCARD = 0.2;

export type StorySimilarity = { jaccard: number; containment: number; markerConflict: boolean };

/**
 * How alike two fingerprints are. Containment is derived from the MinHash Jaccard estimate and
 * the set sizes: |A∩B| = J·(|A| + |B|) / (1 + J).
 */
export function storySimilarity(a: TextFingerprint, b: TextFingerprint): StorySimilarity {
  const jaccard = estimateJaccard(a.signature, b.signature);
  const smaller = Math.min(a.shingleCount, b.shingleCount);
  const shared = (jaccard * (a.shingleCount + b.shingleCount)) / (1 + jaccard);
  const containment = smaller === 0 ? 0 : Math.min(1, shared / smaller);
  return { jaccard, containment, markerConflict: markersConflict(a.markers, b.markers) };
}

/**
 * Whether two posts are copies of one another (same story):
 * - short posts (3–4 words) only when their normalised texts are equal;
 * - otherwise shingle containment ≥ MIN_CONTAINMENT and Jaccard ≥ MIN_JACCARD,
 * - and not when each post names a place or gives a figure the other does not (same template,
 *   different news: "route coupée à Tartas" / "à Mugron", a level at 14h / at 17h).
 * Symmetric. Mirror it as is wherever candidates come from (SQL band-key table or memory).
 */
export function isSameStory(a: TextFingerprint, b: TextFingerprint): boolean {
  if (a.shortText !== null || b.shortText !== null) return a.shortText !== null && a.shortText === b.shortText;
  if (a.shingleCount === 0 || b.shingleCount === 0) return false;
  const s = storySimilarity(a, b);
  return s.containment >= MIN_CONTAINMENT && s.jaccard >= MIN_JACCARD && !s.markerConflict;
}

/** True when each side has a marker the other lacks (a substitution, not an addition). */
export function markersConflict(a: readonly string[], b: readonly string[]): boolean {
  return hasMissing(a, b) && hasMissing(b, a);
}

function hasMissing(from: readonly string[], other: readonly string[]): boolean {
  for (const m of from) if (!other.includes(m)) return true;
  return false;
}
