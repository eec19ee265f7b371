import sharp from "sharp";
import { readMediaFile } from "../media/read-media-file";

/**
 * The image of a relay message as it leaves Vigie: re-encoded as JPEG by sharp, which
 * writes no metadata unless asked, so EXIF (GPS position, camera, date) never goes public.
 * Rotated first so the picture keeps its orientation without the EXIF tag.
 */
export async function relayImageBytes(mediaId: string): Promise<{ activationId: string; bytes: Buffer; mime: "image/jpeg" }> {
  const file = await readMediaFile(mediaId, "full");
  const bytes = await sharp(file.bytes).rotate().resize(2000, 2000, { fit: "inside", withoutEnlargement: true }).jpeg({ quality: 85 }).toBuffer();
  return { activationId: file.activationId, bytes, mime: "image/jpeg" };
}
