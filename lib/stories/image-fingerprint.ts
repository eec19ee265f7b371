import phash from "sharp-phash";

/**
 * Greatest Hamming distance (out of 64 bits) at which two perceptual hashes are the same photo.
 * A DCT hash ignores re-encoding and resizing (distance 0–2 on generated scenes); a corner
 * watermark or a 5 % crop per side moves up to ~10 bits (a 10 % crop: 13–15, no longer "light");
 * different photos land near 32 (25–41 measured), each bit being a coin flip between unrelated
 * images. 12 sits between the two.
 */
export const SAME_PHOTO_MAX_DISTANCE = 12;

/**
 * 64-bit DCT perceptual hash of an image, as 16 hex digits. Slow-ish (decode + 32×32 DCT,
 * milliseconds): run it in the separate image queue, never in text enrichment.
 */
export async function imageFingerprint(buffer: Buffer): Promise<string> {
  const bits = await phash(buffer);
  let hex = "";
  for (let i = 0; i < bits.length; i += 4) hex += parseInt(bits.slice(i, i + 4), 2).toString(16);
  return hex;
}

const POPCOUNT_4 = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** Differing bits between two hex hashes of the same length (a length mismatch counts as all different). */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length) return Math.max(a.length, b.length) * 4;
  let distance = 0;
  for (let i = 0; i < a.length; i++) distance += POPCOUNT_4[parseInt(a[i], 16) ^ parseInt(b[i], 16)];
  return distance;
}

/** Whether two image fingerprints are the same photo (re-encoded, resized, lightly cropped or marked). */
export function isSamePhoto(a: string, b: string): boolean {
  return hammingDistance(a, b) <= SAME_PHOTO_MAX_DISTANCE;
}
