import { db } from "../db/client";
import type { SolidaritySide, SolidarityStatus, SolidarityType } from "../db/generated/enums";
import { solidarityPublicText } from "./public-text";

/** What the public map may show of a need or an offer: no contact, no post, no description, a commune-level point. */
export type PublicSolidarityItem = {
  id: string;
  side: SolidaritySide;
  type: SolidarityType;
  title: string;
  placeName: string | null;
  /** The commune's centre (items are only ever located to the commune). */
  lat: number | null;
  lon: number | null;
  status: Exclude<SolidarityStatus, "CLOSED">;
};

/**
 * The verified items a coordinator chose to show on an activation's public
 * map, still open or matched, with public fields only (title redacted of
 * personal data). Empty unless the activation's public map is enabled.
 */
export async function listPublicSolidarity(activationId: string): Promise<PublicSolidarityItem[]> {
  const activation = await db().activation.findUnique({ where: { id: activationId }, select: { publicMapAllowed: true } });
  if (!activation?.publicMapAllowed) return [];
  const rows = await db().solidarityItem.findMany({
    where: { activationId, showOnPublicMap: true, verified: true, status: { in: ["OPEN", "MATCHED"] } },
    orderBy: { createdAt: "desc" },
    // Select, never include: a column added later does not leak by default.
    select: { id: true, side: true, type: true, title: true, placeName: true, lat: true, lon: true, status: true, contact: true },
  });
  return rows.map(({ contact, title, status, ...rest }) => ({ ...rest, status: status as PublicSolidarityItem["status"], title: solidarityPublicText(title, { contact }) }));
}

