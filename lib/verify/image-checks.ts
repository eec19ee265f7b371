import { db } from "../db/client";

/** Reverse image search engines a volunteer opens in one click for a photo of a report. */
export function reverseImageSearches(imageUrl: string): { engine: string; url: string }[] {
  const encoded = encodeURIComponent(imageUrl);
  return [
    { engine: "Google Lens", url: `https://lens.google.com/uploadbyurl?url=${encoded}` },
    { engine: "Bing", url: `https://www.bing.com/images/search?view=detailv2&iss=sbi&q=imgurl:${encoded}` },
    { engine: "Yandex", url: `https://yandex.com/images/search?rpt=imageview&url=${encoded}` },
    { engine: "TinEye", url: `https://tineye.com/search?url=${encoded}` },
  ];
}

/**
 * EXIF of the photos stored in Vigie (captures, imports) among a report's
 * posts: camera, date taken, GPS position — what a verifier checks first.
 */
export async function storedPhotoExif(activationId: string, fileIds: string[]): Promise<Map<string, Record<string, unknown>>> {
  if (fileIds.length === 0) return new Map();
  const files = await db().mediaFile.findMany({ where: { activationId, id: { in: fileIds } }, select: { id: true, exif: true } });
  return new Map(files.filter((f) => f.exif).map((f) => [f.id, f.exif as Record<string, unknown>]));
}
