import sharp from "sharp";
import { readMediaFile } from "../media/read-media-file";

/** Smaller and smaller encodings tried, in order, when the image must fit a network's size limit. */
const SHRINK_STEPS = [
  { side: 2000, quality: 75 },
  { side: 1600, quality: 75 },
  { side: 1600, quality: 65 },
  { side: 1280, quality: 65 },
  { side: 1024, quality: 60 },
  { side: 800, quality: 55 },
  { side: 640, quality: 50 },
  { side: 480, quality: 45 },
];

/**
 * The image of a relay message as it leaves Vigie: re-encoded as JPEG by sharp, which
 * writes no metadata unless asked, so EXIF (GPS position, camera, date) never goes public.
 * Rotated first so the picture keeps its orientation without the EXIF tag.
 * With `maxBytes` (Bluesky refuses blobs over 1,000,000 bytes), encoded smaller and smaller
 * until it fits; the smallest step is returned even if it still does not (the network's
 * refusal then lands on the publication history).
 */
export async function relayImageBytes(mediaId: string, options: { maxBytes?: number } = {}): Promise<{ activationId: string; bytes: Buffer; mime: "image/jpeg" }> {
  const file = await readMediaFile(mediaId, "full");
  const encode = (side: number, quality: number) => sharp(file.bytes).rotate().resize(side, side, { fit: "inside", withoutEnlargement: true }).jpeg({ quality }).toBuffer();
  let bytes = await encode(2000, 85);
  for (const step of SHRINK_STEPS) {
    if (options.maxBytes === undefined || bytes.length <= options.maxBytes) break;
    bytes = await encode(step.side, step.quality);
  }
  return { activationId: file.activationId, bytes, mime: "image/jpeg" };
}
