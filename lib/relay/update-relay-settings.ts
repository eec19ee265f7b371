import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { mutate } from "../db/mutate";
import { relaySettingsSchema } from "./schemas";

/** Whether publishing also needs an authority user's approval on this activation. */
export async function updateRelaySettings(actor: SessionUser, activationId: string, input: unknown): Promise<void> {
  await requireCoordination(actor, activationId);
  const data = relaySettingsSchema.parse(input);
  await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const before = await tx.activation.findUniqueOrThrow({ where: { id: activationId }, select: { relayNeedsAuthorityApproval: true } });
    await tx.activation.update({ where: { id: activationId }, data });
    await audit({ action: "relaySettings.update", entity: "Activation", entityId: activationId, activationId, before, after: data });
    await emitToActivation(activationId, "relay:changed", { settings: true });
  });
}
