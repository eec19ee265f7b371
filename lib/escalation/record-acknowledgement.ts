import { clock } from "../clock";
import type { MutationContext } from "../db/mutate";
import { AppError } from "../errors";
import { listAuthorityRecipients } from "./authority-recipients";
import { loadEscalationFacts } from "./escalation-facts";

export type Acknowledgement = { by: string; byUserId: string | null; answer: string; via: "app" | "email" };
export type AcknowledgedEscalation = { escalationId: string; reportId: string; acknowledgedByName: string; acknowledgedAt: Date; answer: string | null };

export class AlreadyAcknowledgedError extends AppError {
  constructor(readonly first: { acknowledgedByName: string | null; acknowledgedAt: Date | null; answer: string | null }) {
    super("CONFLICT", "escalation_already_acknowledged");
  }
}

/**
 * Settles an open escalation, once: the state change is one conditional
 * UPDATE, so of two people answering at the same moment exactly one wins and
 * the other is told who answered first and when. Shared by the in-app answer
 * and the e-mail link. Tells the volunteers (activation event) and closes the
 * alert on every authority user's screen.
 */
export async function recordAcknowledgement(ctx: MutationContext, escalationId: string, activationId: string, ack: Acknowledgement): Promise<AcknowledgedEscalation> {
  const { tx, audit, emitToActivation, emitToUser } = ctx;
  const now = clock().now();
  const { count } = await tx.escalation.updateMany({
    where: { id: escalationId, activationId, status: "OPEN" },
    data: { status: "ACKNOWLEDGED", acknowledgedById: ack.byUserId, acknowledgedByName: ack.by, acknowledgedAt: now, answer: ack.answer || null, emailPendingTo: [] },
  });
  if (count === 0) {
    const existing = await tx.escalation.findFirst({ where: { id: escalationId, activationId }, select: { acknowledgedByName: true, acknowledgedAt: true, answer: true } });
    if (!existing) throw new AppError("NOT_FOUND", "escalation_not_found");
    throw new AlreadyAcknowledgedError(existing);
  }
  const { escalation, alert } = await loadEscalationFacts(tx, escalationId);
  await audit({ action: "escalation.acknowledge", entity: "Escalation", entityId: escalationId, activationId, before: { status: "OPEN" }, after: { status: "ACKNOWLEDGED", by: ack.by, answer: ack.answer, via: ack.via } });
  await emitToActivation(activationId, "escalation:changed", { escalationId, reportId: escalation.reportId, status: "ACKNOWLEDGED" });
  for (const userId of await listAuthorityRecipients(tx, activationId)) emitToUser(userId, "escalation:alert", alert);
  return { escalationId, reportId: escalation.reportId, acknowledgedByName: ack.by, acknowledgedAt: now, answer: ack.answer || null };
}
