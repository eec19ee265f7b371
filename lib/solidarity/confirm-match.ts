import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { confirmMatchSchema } from "./schemas";
import { requireSolidarityRight } from "./solidarity-access";
import { SolidarityConflictError } from "./solidarity-errors";

/**
 * A volunteer or coordinator confirms that an offer answers a need (usually
 * one Vigie suggested): both become MATCHED and point to each other. Both
 * must still be open, of the same type and at the versions the board showed,
 * so two people confirming two different offers for one need cannot both win.
 * Audited `solidarity.match` on each item.
 */
export async function confirmMatch(actor: SessionUser, activationId: string, input: unknown): Promise<{ needVersion: number; offerVersion: number }> {
  await requireSolidarityRight(actor, activationId, "canEdit");
  const { needId, offerId, needVersion, offerVersion } = confirmMatchSchema.parse(input);
  return mutate(actor, async ({ tx, audit, emitToActivation, emitPublic }) => {
    const items = await tx.solidarityItem.findMany({ where: { id: { in: [needId, offerId] }, activationId }, select: { id: true, side: true, type: true, status: true, version: true, showOnPublicMap: true } });
    const need = items.find((item) => item.id === needId);
    const offer = items.find((item) => item.id === offerId);
    if (!need || !offer) throw new AppError("NOT_FOUND", "solidarity_not_found");
    if (need.side !== "NEED" || offer.side !== "OFFER") throw new AppError("INVALID_INPUT", "solidarity_match_sides");
    if (need.type !== offer.type) throw new AppError("INVALID_INPUT", "solidarity_match_type");
    if (need.version !== needVersion || offer.version !== offerVersion) throw new SolidarityConflictError({ version: need.version });
    if (need.status !== "OPEN" || offer.status !== "OPEN") throw new AppError("INVALID_INPUT", "solidarity_match_not_open");
    for (const [item, partnerId, version] of [[need, offerId, needVersion], [offer, needId, offerVersion]] as const) {
      const { count } = await tx.solidarityItem.updateMany({ where: { id: item.id, version, status: "OPEN" }, data: { status: "MATCHED", matchedWithId: partnerId, version: { increment: 1 } } });
      if (count === 0) throw new SolidarityConflictError({ version: item.version });
      await audit({ action: "solidarity.match", entity: "SolidarityItem", entityId: item.id, activationId, before: { status: "OPEN" }, after: { status: "MATCHED", matchedWithId: partnerId } });
    }
    await emitToActivation(activationId, "solidarity:changed", { itemIds: [needId, offerId] });
    if (need.showOnPublicMap || offer.showOnPublicMap) emitPublic(activationId, "public:refresh", {});
    return { needVersion: needVersion + 1, offerVersion: offerVersion + 1 };
  });
}
