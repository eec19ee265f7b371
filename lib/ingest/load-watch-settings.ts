import { db } from "../db/client";
import type { AreaGeometry } from "../geo/area";
import type { WatchSettings } from "./watch-filter";

/** The activation's watch settings as stored (keywords, hashtags, exclusions, languages, area). */
export async function loadWatchSettings(activationId: string): Promise<WatchSettings> {
  const activation = await db().activation.findUniqueOrThrow({
    where: { id: activationId },
    select: { keywords: true, hashtags: true, exclusions: true, languages: true, area: true, bboxWest: true, bboxSouth: true, bboxEast: true, bboxNorth: true },
  });
  return {
    keywords: activation.keywords,
    hashtags: activation.hashtags,
    exclusions: activation.exclusions,
    languages: activation.languages,
    bbox: [activation.bboxWest, activation.bboxSouth, activation.bboxEast, activation.bboxNorth],
    area: activation.area as AreaGeometry,
  };
}
