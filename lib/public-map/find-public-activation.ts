import { db } from "../db/client";

export type PublicActivation = {
  id: string;
  name: string;
  slug: string;
  hazard: string;
  status: string;
  timeZone: string;
  reportCategories: unknown;
  publicPrecision: string;
  publicGridMeters: number;
  mapTileUrl: string | null;
  mapTileAttribution: string | null;
  mapOfflineOnly: boolean;
  bboxWest: number;
  bboxSouth: number;
  bboxEast: number;
  bboxNorth: number;
};

const SLUG_RE = /^[a-z0-9][a-z0-9-]{0,120}$/;

/**
 * The activation behind a public map address, only while its coordinators keep the public map
 * on (off by default) and it is neither a draft nor archived nor purged. Anything else is
 * indistinguishable from an unknown address (404): the public learns nothing about the others.
 */
export async function findPublicActivation(slug: string): Promise<PublicActivation | null> {
  if (!SLUG_RE.test(slug)) return null;
  return db().activation.findFirst({
    where: { slug, publicMapAllowed: true, purgedAt: null, status: { in: ["ACTIVE", "PAUSED", "CLOSED"] } },
    select: {
      id: true,
      name: true,
      slug: true,
      hazard: true,
      status: true,
      timeZone: true,
      reportCategories: true,
      publicPrecision: true,
      publicGridMeters: true,
      mapTileUrl: true,
      mapTileAttribution: true,
      mapOfflineOnly: true,
      bboxWest: true,
      bboxSouth: true,
      bboxEast: true,
      bboxNorth: true,
    },
  });
}
