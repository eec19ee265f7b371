import type { SessionUser } from "../auth/session-user";
import { getActivationAccess } from "../activation/get-activation-access";
import { db } from "../db/client";
import { searchCommunes, type CommuneHit } from "../places/search-communes";

/** The commune search of an activation's map: its readers only, its départements first. */
export async function findCommunesForMap(user: SessionUser, activationId: string, text: string): Promise<CommuneHit[]> {
  await getActivationAccess(user, activationId);
  const { departements } = await db().activation.findUniqueOrThrow({ where: { id: activationId }, select: { departements: true } });
  return searchCommunes(text, { departements });
}
