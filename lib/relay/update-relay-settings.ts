import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { mutate } from "../db/mutate";
import { relaySettingsSchema } from "./schemas";

/**
 * Whether publishing also needs an authority user's approval on this activation. Messages not
 * yet published follow the new rule at once: switched on, an approved message the authority has
 * not approved goes back to the drafts awaiting it; switched off, a draft the coordinator
 * approved becomes approved. (Published messages stay as they are.)
 */
export async function updateRelaySettings(actor: SessionUser, activationId: string, input: unknown): Promise<void> {
  await requireCoordination(actor, activationId);
  const data = relaySettingsSchema.parse(input);
  await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const before = await tx.activation.findUniqueOrThrow({ where: { id: activationId }, select: { relayNeedsAuthorityApproval: true } });
    await tx.activation.update({ where: { id: activationId }, data });
    const moved =
      data.relayNeedsAuthorityApproval === before.relayNeedsAuthorityApproval
        ? 0
        : data.relayNeedsAuthorityApproval
          ? (await tx.relayMessage.updateMany({ where: { activationId, status: "APPROVED", authorityApprovedAt: null }, data: { status: "DRAFT", version: { increment: 1 } } })).count
          : (await tx.relayMessage.updateMany({ where: { activationId, status: "DRAFT", approvedAt: { not: null } }, data: { status: "APPROVED", version: { increment: 1 } } })).count;
    await audit({ action: "relaySettings.update", entity: "Activation", entityId: activationId, activationId, before, after: { ...data, messagesMoved: moved } });
    await emitToActivation(activationId, "relay:changed", { settings: true });
  });
}
