import { fmix32 } from "@/lib/stories/min-hash";

/**
 * LSH banding: the signature is cut into BANDS bands of ROWS values; two posts become
 * candidates when any whole band is equal, which happens with probability 1 − (1 − J^ROWS)^BANDS
 * for Jaccard similarity J. With 48 bands of 2 rows (96 of the 128 values):
 *   J = 0.2 → 0.86, J = 0.25 → 0.95, J = 0.3 → 0.99, J ≥ 0.4 → ≈ 1; J = 0.05 → 0.11, J = 0.02 → 0.02.
 * The lower end matters: a quote whose comment is twice as long as the original it quotes has
 * J ≈ 0.3 with it, yet containment ≈ 1 (`isSameStory` accepts it). Unrelated posts share a
 * three-word run now and then (J ≈ 0–0.05), so a few become candidates: each costs one
 * signature comparison, while a missed candidate is a missed story. (42 bands × 3 rows missed
 * such quotes on the dev set.)
 */
export const BANDS = 48;
export const ROWS = 2;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const BAND_PREFIX = Array.from({ length: BANDS }, (_, b) => `${b.toString(36)}:`);

/** One key per band, "<band in base 36>:<8 hex digits hashing its rows>" — stored as-is in a band-key table. */
export function bandKeys(signature: ArrayLike<number>): string[] {
  if (signature.length < BANDS * ROWS) return [];
  const keys = new Array<string>(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = fmix32(Math.imul(h, 0x9e3779b1) ^ signature[b * ROWS + r]);
    // Byte table rather than toString(16): key building was a third of the fingerprint's time.
    keys[b] = BAND_PREFIX[b] + HEX[h >>> 24] + HEX[(h >>> 16) & 255] + HEX[(h >>> 8) & 255] + HEX[h & 255];
  }
  return keys;
}
