import { db } from "../db/client";
import type { AreaGeometry } from "../geo/area";
import { compileWatchFilter, type WatchFilter } from "./watch-filter";

/** The activation's current watch settings, compiled. */
export async function loadWatchFilter(activationId: string): Promise<WatchFilter> {
  const activation = await db().activation.findUniqueOrThrow({
    where: { id: activationId },
    select: { keywords: true, hashtags: true, exclusions: true, languages: true, area: true, bboxWest: true, bboxSouth: true, bboxEast: true, bboxNorth: true },
  });
  return compileWatchFilter({
    keywords: activation.keywords,
    hashtags: activation.hashtags,
    exclusions: activation.exclusions,
    languages: activation.languages,
    bbox: [activation.bboxWest, activation.bboxSouth, activation.bboxEast, activation.bboxNorth],
    area: activation.area as AreaGeometry,
  });
}
