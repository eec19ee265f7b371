import { copyWords } from "@/lib/stories/copy-text";
import { fmix32, hashString, minHash, PERMUTATIONS } from "@/lib/stories/min-hash";

/**
 * Posts of fewer normalised words than this are compared as whole strings, not as shingle sets:
 * two 4-word posts share one 3-shingle at most, too little for MinHash to say anything.
 */
export const SHORT_TEXT_WORDS = 5;

/**
 * Word 3-shingles: one changed word touches at most three shingles, so light edits keep most of
 * the set, while the crisis vocabulary all posts share ("la crue", "à Dax") rarely forms the same
 * three-word run by chance. Posts under 8 words use 2-shingles so they still have a handful.
 */
export const SHINGLE_WORDS = 3;
const SMALL_TEXT_WORDS = 8;

export type ShingleSet = { hashes: Uint32Array; count: number };

/** Distinct word-shingle hashes of normalised words (empty below SHORT_TEXT_WORDS words). */
export function wordShingles(words: readonly string[]): ShingleSet {
  if (words.length < SHORT_TEXT_WORDS) return { hashes: new Uint32Array(0), count: 0 };
  const k = words.length < SMALL_TEXT_WORDS ? 2 : SHINGLE_WORDS;
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = hashString(words[i]);
  const total = words.length - k + 1;
  const hashes = new Uint32Array(total);
  let count = 0;
  for (let i = 0; i < total; i++) {
    // Order matters inside a shingle: rotate-and-mix keeps "a b c" apart from "c b a".
    let h = k;
    for (let j = 0; j < k; j++) h = fmix32((h << 7 | h >>> 25) ^ wordHashes[i + j]);
    let seen = false;
    for (let s = 0; s < count; s++) if (hashes[s] === h) { seen = true; break; }
    if (!seen) hashes[count++] = h;
  }
  return { hashes, count };
}

/**
 * MinHash signature (PERMUTATIONS values) of a post's word shingles after `copyText`
 * normalisation. Posts under SHORT_TEXT_WORDS words get an empty signature: see
 * `textFingerprint`, which gives them an exact-text key instead.
 */
export function textSignature(text: string): Uint32Array {
  const shingles = wordShingles(copyWords(text));
  return shingles.count === 0 ? new Uint32Array(0) : minHash(shingles.hashes, shingles.count);
}

export { PERMUTATIONS };
