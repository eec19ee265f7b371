import { getActivationAccess, type ActivationAccess } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { AppError } from "../errors";

type Actor = Pick<SessionUser, "id" | "role" | "organizationId">;

export type SolidarityAccess = {
  access: ActivationAccess;
  /** Create, edit, close and match items: the watch team (triage right). */
  canEdit: boolean;
  /** Relay drafts and the public map: coordinators. */
  canCoordinate: boolean;
  /**
   * Contacts are private to the association that runs the activation: only
   * its own accounts see them. Authority users read the board without them
   * (the crisis cell needs the picture, not the people's phone numbers).
   */
  seesContacts: boolean;
};

/** The caller's rights on one activation's solidarity board (NOT_FOUND when they may not read it). */
export async function getSolidarityAccess(actor: Actor, activationId: string): Promise<SolidarityAccess> {
  const access = await getActivationAccess(actor, activationId);
  const owner = await db().activation.findUniqueOrThrow({ where: { id: activationId }, select: { ownerOrganizationId: true } });
  return {
    access,
    canEdit: access.capabilities.has("triage"),
    canCoordinate: access.capabilities.has("coordinate"),
    seesContacts: actor.role !== "AUTHORITY" && actor.organizationId === owner.ownerOrganizationId,
  };
}

export async function requireSolidarityRight(actor: Actor, activationId: string, right: "canEdit" | "canCoordinate"): Promise<SolidarityAccess> {
  const rights = await getSolidarityAccess(actor, activationId);
  if (!rights[right]) throw new AppError("FORBIDDEN", right === "canCoordinate" ? "coordinators_only" : "Missing right: triage");
  return rights;
}
