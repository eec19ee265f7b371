import type { SessionUser } from "../auth/session-user";
import { accessUntilAfterClosing } from "../auth/authority-window";
import { clock } from "../clock";
import { mutate } from "../db/mutate";
import type { ActivationStatus } from "../db/generated/enums";
import { AppError } from "../errors";
import { activationAudience } from "./activation-audience";
import { notifyStatusChange } from "./lifecycle-hooks";
import { refuseTransition } from "./lifecycle-rules";
import { requireCoordination } from "./require-coordination";
import { statusChangeSchema } from "./schemas";

/**
 * Moves an activation through DRAFT → ACTIVE ⇄ PAUSED → CLOSED → ARCHIVED,
 * recording who, when and why, broadcasting the change to everyone in the
 * activation and refreshing home screens, then running the lifecycle hooks.
 */
export async function changeActivationStatus(actor: SessionUser, activationId: string, input: unknown): Promise<{ from: ActivationStatus; to: ActivationStatus }> {
  await requireCoordination(actor, activationId);
  const { to, reason } = statusChangeSchema.parse(input);
  const now = clock().now();
  const change = await mutate(actor, async ({ tx, audit, emitToActivation, emitToUser }) => {
    // Row lock: two coordinators clicking "close" at once must not both succeed.
    const rows = await tx.$queryRaw<{ status: ActivationStatus; keywords: string[] | null; hashtags: string[] | null; authorityGraceDays: number }[]>`
      SELECT status, keywords, hashtags, "authorityGraceDays" FROM "Activation" WHERE id = ${activationId}::uuid FOR UPDATE`;
    const current = rows[0];
    if (!current) throw new AppError("NOT_FOUND", "Activation not found");
    const refusal = refuseTransition({
      from: current.status,
      to,
      keywordCount: (current.keywords?.length ?? 0) + (current.hashtags?.length ?? 0),
      reason,
    });
    if (refusal) throw new AppError(refusal === "invalid_transition" ? "CONFLICT" : refusal === "keywords_required" || refusal === "reason_required" ? "INVALID_INPUT" : "CONFLICT", refusal);

    await tx.activation.update({
      where: { id: activationId },
      data: {
        status: to,
        ...(to === "ACTIVE" && current.status === "DRAFT" ? { activatedAt: now } : {}),
        ...(to === "CLOSED" ? { closedAt: now, authorityAccessUntil: accessUntilAfterClosing(now, current.authorityGraceDays) } : {}),
        ...(to === "ARCHIVED" ? { archivedAt: now } : {}),
      },
    });
    await tx.activationStatusChange.create({ data: { activationId, fromStatus: current.status, toStatus: to, actorId: actor.id, reason, at: now } });
    await audit({ action: "activation.status", entity: "Activation", entityId: activationId, activationId, before: { status: current.status }, after: { status: to, reason } });
    await emitToActivation(activationId, "activation:status", { from: current.status, to, reason, by: actor.name, at: now.toISOString() });
    for (const userId of await activationAudience(tx, activationId)) emitToUser(userId, "activations:changed", { activationId });
    return { from: current.status, to };
  });
  await notifyStatusChange({ activationId, ...change });
  return change;
}
