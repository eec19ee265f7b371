/**
 * MinHash over 32-bit shingle hashes. Written here rather than taken from the `minhash` npm
 * package: that one rehashes the string once per permutation and multiplies in floating point
 * past 2^53 (silently losing bits), which is both slow and biased.
 *
 * Permutation i maps x to (a_i·x + b_i) mod 2^32 with a_i odd: a bijection of 32-bit values,
 * cheap with Math.imul. The shingle hashes are mixed first (fmix32) so structured inputs do not
 * line up.
 */
export const PERMUTATIONS = 128;

// Fixed seeds: signatures are stored (PostgreSQL) and compared across processes and versions;
// changing them invalidates every stored signature.
const A = new Int32Array(PERMUTATIONS);
const B = new Int32Array(PERMUTATIONS);
{
  let state = 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    return fmix32(state);
  };
  for (let i = 0; i < PERMUTATIONS; i++) {
    A[i] = next() | 1;
    B[i] = next() | 0;
  }
}

/** Murmur3's finaliser: spreads every input bit over the whole word. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a of a string's UTF-16 code units, 32 bits. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The MinHash signature of a set given as (possibly repeated) 32-bit hashes; empty set → all 0xffffffff. */
export function minHash(hashes: ArrayLike<number>, count: number): Uint32Array {
  const mixed = new Int32Array(count);
  for (let s = 0; s < count; s++) mixed[s] = fmix32(hashes[s]) | 0;
  const signature = new Uint32Array(PERMUTATIONS);
  // Permutation-major with the running minimum in a local: the inner loop touches no typed
  // array but the input. Values are compared in int32 with the sign bit flipped (signed order =
  // unsigned order) so the loop stays in small-integer arithmetic.
  for (let i = 0; i < PERMUTATIONS; i++) {
    const a = A[i];
    const b = B[i];
    let min = 0x7fffffff;
    for (let s = 0; s < count; s++) {
      const v = ((Math.imul(a, mixed[s]) + b) | 0) ^ 0x80000000;
      min = v < min ? v : min;
    }
    signature[i] = (min ^ 0x80000000) >>> 0;
  }
  return signature;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two sets. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
