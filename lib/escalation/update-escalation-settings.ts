import { requireCoordination } from "../activation/require-coordination";
import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { escalationSettingsSchema } from "./schemas";

/** Coordinators set the authority's on-duty addresses and the re-notify delay. Audit `activation.escalationSettings`. */
export async function updateEscalationSettings(actor: SessionUser, activationId: string, input: unknown): Promise<void> {
  await requireCoordination(actor, activationId);
  const parsed = escalationSettingsSchema.parse(input);
  const onDutyEmails = [...new Set(parsed.onDutyEmails.map((address) => address.toLowerCase()))];
  await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const before = await tx.activation.findUniqueOrThrow({ where: { id: activationId }, select: { onDutyEmails: true, escalationRenotifyMinutes: true } });
    await tx.activation.update({ where: { id: activationId }, data: { onDutyEmails, escalationRenotifyMinutes: parsed.escalationRenotifyMinutes } });
    await audit({ action: "activation.escalationSettings", entity: "Activation", entityId: activationId, activationId, before, after: { onDutyEmails, escalationRenotifyMinutes: parsed.escalationRenotifyMinutes } });
    await emitToActivation(activationId, "activation:settings", { fields: ["onDutyEmails", "escalationRenotifyMinutes"] });
  });
}
