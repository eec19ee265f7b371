import { getActivationAccess } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { searchCommunes, type CommuneHit } from "../places/search-communes";

/** Communes for the board's picker, those of the activation's départements first (readers of the activation only). */
export async function searchActivationCommunes(actor: SessionUser, activationId: string, query: string): Promise<CommuneHit[]> {
  await getActivationAccess(actor, activationId);
  const { departements } = await db().activation.findUniqueOrThrow({ where: { id: activationId }, select: { departements: true } });
  return searchCommunes(String(query).slice(0, 80), { departements, limit: 8 });
}
