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

// B with the sign bit flipped: adding 2^31 modulo 2^32 flips it, so the flip that makes signed
// order match unsigned order costs nothing in the inner loop.
const B_FLIPPED = B.map((b) => (b + 0x80000000) | 0);
/** Mixed shingle hashes, reused from call to call (grown when a post has more shingles). */
let mixedBuffer = new Int32Array(256);

/** The MinHash signature of a set given as (possibly repeated) 32-bit hashes; empty set → all 0xffffffff. */
export function minHash(hashes: ArrayLike<number>, count: number): Uint32Array {
  if (mixedBuffer.length < count) mixedBuffer = new Int32Array(Math.max(count, mixedBuffer.length * 2));
  const mixed = mixedBuffer;
  for (let s = 0; s < count; s++) mixed[s] = fmix32(hashes[s]) | 0;
  const signature = new Uint32Array(PERMUTATIONS);
  // Four permutations per pass over the shingles, running minima in locals: each mixed hash is
  // read once per four products. Values are compared in int32 with the sign bit flipped (signed
  // order = unsigned order) so the loop stays in small-integer arithmetic.
  for (let i = 0; i < PERMUTATIONS; i += 4) {
    const a0 = A[i], a1 = A[i + 1], a2 = A[i + 2], a3 = A[i + 3];
    const b0 = B_FLIPPED[i], b1 = B_FLIPPED[i + 1], b2 = B_FLIPPED[i + 2], b3 = B_FLIPPED[i + 3];
    let m0 = 0x7fffffff, m1 = 0x7fffffff, m2 = 0x7fffffff, m3 = 0x7fffffff;
    for (let s = 0; s < count; s++) {
      const x = mixed[s];
      const v0 = (Math.imul(a0, x) + b0) | 0;
      const v1 = (Math.imul(a1, x) + b1) | 0;
      const v2 = (Math.imul(a2, x) + b2) | 0;
      const v3 = (Math.imul(a3, x) + b3) | 0;
      if (v0 < m0) m0 = v0;
      if (v1 < m1) m1 = v1;
      if (v2 < m2) m2 = v2;
      if (v3 < m3) m3 = v3;
    }
    signature[i] = (m0 ^ 0x80000000) >>> 0;
    signature[i + 1] = (m1 ^ 0x80000000) >>> 0;
    signature[i + 2] = (m2 ^ 0x80000000) >>> 0;
    signature[i + 3] = (m3 ^ 0x80000000) >>> 0;
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
