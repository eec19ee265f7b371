import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { publicMapSettingsSchema } from "./schemas";

/**
 * The public map's switch (off by default), how it coarsens places (commune centres, or grid
 * cells of at least 500 m) and the activation's basemap (tile URL template, attribution,
 * offline outlines only). Audited `activation.publicMap`. Open public maps reload with the new
 * precision, or close when the map is switched off.
 */
export async function updatePublicMapSettings(actor: SessionUser, activationId: string, input: unknown): Promise<void> {
  await requireCoordination(actor, activationId);
  const data = publicMapSettingsSchema.parse(input);
  await mutate(actor, async ({ tx, audit, emitToActivation, emitPublic }) => {
    const before = await tx.activation.findUniqueOrThrow({
      where: { id: activationId },
      select: { status: true, publicMapAllowed: true, publicPrecision: true, publicGridMeters: true, mapTileUrl: true, mapTileAttribution: true, mapOfflineOnly: true },
    });
    if (before.status === "ARCHIVED") throw new AppError("CONFLICT", "already_archived");
    const { status: _status, ...previous } = before;
    await tx.activation.update({ where: { id: activationId }, data });
    await audit({ action: "activation.publicMap", entity: "Activation", entityId: activationId, activationId, before: previous, after: data });
    await emitToActivation(activationId, "activation:settings", { by: actor.name });
    emitPublic(activationId, data.publicMapAllowed ? "public:refresh" : "public:closed", {});
  });
}
