import { requireCoordination } from "../activation/require-coordination";
import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { startSourcesForActivation, stopSource } from "./source-runner";

/** Pauses or resumes one source; a pull source stops or restarts from its cursor. */
export async function setSourceEnabled(actor: SessionUser, activationId: string, sourceId: string, enabled: boolean): Promise<void> {
  await requireCoordination(actor, activationId);
  await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const source = await tx.source.findFirst({ where: { id: sourceId, activationId } });
    if (!source) throw new AppError("NOT_FOUND", "source_not_found");
    await tx.source.update({ where: { id: sourceId }, data: { enabled, status: enabled ? source.status : "PAUSED" } });
    await audit({ action: enabled ? "source.resume" : "source.pause", entity: "Source", entityId: sourceId, activationId });
    await emitToActivation(activationId, "source:changed", { sourceId });
  });
  if (enabled) await startSourcesForActivation(activationId);
  else await stopSource(sourceId);
}
