import { db } from "../db/client";

/** The public map's and basemap's settings of an activation, for its coordinators' settings page. */
export async function getPublicMapSettings(activationId: string) {
  return db().activation.findUniqueOrThrow({
    where: { id: activationId },
    select: { slug: true, publicMapAllowed: true, publicPrecision: true, publicGridMeters: true, mapTileUrl: true, mapTileAttribution: true, mapOfflineOnly: true },
  });
}
