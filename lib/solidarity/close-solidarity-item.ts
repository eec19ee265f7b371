import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { versionOnlySchema } from "./schemas";
import { requireSolidarityRight } from "./solidarity-access";
import { SolidarityConflictError } from "./solidarity-errors";

/**
 * Closes a need or an offer (answered, withdrawn, out of date): it leaves the
 * suggestions and the public map. Its partner, if matched, stays matched.
 * Audited `solidarity.close`.
 */
export async function closeSolidarityItem(actor: SessionUser, activationId: string, itemId: string, input: unknown): Promise<{ version: number }> {
  await requireSolidarityRight(actor, activationId, "canEdit");
  const { version } = versionOnlySchema.parse(input);
  return mutate(actor, async ({ tx, audit, emitToActivation, emitPublic }) => {
    const item = await tx.solidarityItem.findFirst({ where: { id: itemId, activationId }, select: { status: true, version: true, showOnPublicMap: true } });
    if (!item) throw new AppError("NOT_FOUND", "solidarity_not_found");
    if (item.status === "CLOSED") throw new AppError("INVALID_INPUT", "solidarity_already_closed");
    const { count } = await tx.solidarityItem.updateMany({ where: { id: itemId, version }, data: { status: "CLOSED", showOnPublicMap: false, version: { increment: 1 } } });
    if (count === 0) throw new SolidarityConflictError({ version: item.version });
    await audit({ action: "solidarity.close", entity: "SolidarityItem", entityId: itemId, activationId, before: { status: item.status }, after: { status: "CLOSED" } });
    await emitToActivation(activationId, "solidarity:changed", { itemIds: [itemId] });
    if (item.showOnPublicMap) emitPublic(activationId, "public:refresh", {});
    return { version: version + 1 };
  });
}
