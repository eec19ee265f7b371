import type { SessionUser } from "../auth/session-user";
import type { Prisma } from "../db/generated/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { updateSolidarityItemSchema } from "./schemas";
import { requireSolidarityRight } from "./solidarity-access";
import { SolidarityConflictError } from "./solidarity-errors";
import { solidarityPlace } from "./solidarity-place";

/**
 * Edits an item with optimistic locking (the change names the version it was
 * made on). Volunteers verify; only coordinators put an item on the public
 * map, and only a verified one (un-verifying takes it off). A matched item
 * keeps its side and type: its pair was made on them. Audited
 * `solidarity.update` (the contact's value never goes to the audit log).
 */
export async function updateSolidarityItem(actor: SessionUser, activationId: string, itemId: string, input: unknown): Promise<{ version: number }> {
  const rights = await requireSolidarityRight(actor, activationId, "canEdit");
  const { version, insee, contact, ...fields } = updateSolidarityItemSchema.parse(input);
  if (fields.showOnPublicMap !== undefined && !rights.canCoordinate) throw new AppError("FORBIDDEN", "coordinators_only");
  if (contact !== undefined && !rights.seesContacts) throw new AppError("FORBIDDEN", "solidarity_contact_private");
  const place = insee !== undefined ? solidarityPlace(insee) : undefined;
  return mutate(actor, async ({ tx, audit, emitToActivation, emitPublic }) => {
    const item = await tx.solidarityItem.findFirst({ where: { id: itemId, activationId } });
    if (!item) throw new AppError("NOT_FOUND", "solidarity_not_found");
    if (item.status === "MATCHED" && ((fields.side && fields.side !== item.side) || (fields.type && fields.type !== item.type))) throw new AppError("INVALID_INPUT", "solidarity_matched_locked");
    const verified = fields.verified ?? item.verified;
    if (fields.showOnPublicMap && !verified) throw new AppError("INVALID_INPUT", "solidarity_public_needs_verified");
    const data: Prisma.SolidarityItemUpdateManyMutationInput = {
      ...fields,
      ...(place ?? {}),
      ...(contact !== undefined ? { contact: contact || null } : {}),
      ...(!verified ? { showOnPublicMap: false } : {}),
      version: { increment: 1 },
    };
    // The version check and the write are one statement: two concurrent saves cannot both pass.
    const { count } = await tx.solidarityItem.updateMany({ where: { id: itemId, version }, data });
    if (count === 0) throw new SolidarityConflictError({ version: item.version });
    const changed = { ...fields, ...(place ? { placeName: place.placeName } : {}), ...(contact !== undefined ? { hasContact: !!contact } : {}) };
    const before = Object.fromEntries(
      Object.keys(changed).map((key) => [key, key === "hasContact" ? !!item.contact : (item as Record<string, unknown>)[key]]),
    );
    await audit({ action: "solidarity.update", entity: "SolidarityItem", entityId: itemId, activationId, before, after: changed });
    await emitToActivation(activationId, "solidarity:changed", { itemIds: [itemId] });
    // Shown publicly before or after: open public maps fetch their items again.
    if (item.showOnPublicMap || fields.showOnPublicMap) emitPublic(activationId, "public:refresh", {});
    return { version: version + 1 };
  });
}
