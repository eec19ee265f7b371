import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { accessUntilAfterClosing } from "../auth/authority-window";
import { requireCoordination } from "./require-coordination";
import { watchSettingsSchema } from "./schemas";

/**
 * Edits what is watched (keywords, hashtags, exclusions, languages) and the
 * activation's options. An active watch cannot be left with nothing to look for.
 */
export async function updateWatchSettings(actor: SessionUser, activationId: string, input: unknown): Promise<void> {
  await requireCoordination(actor, activationId);
  const data = watchSettingsSchema.parse(input);
  await mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const before = await tx.activation.findUniqueOrThrow({ where: { id: activationId } });
    if (before.status === "ARCHIVED") throw new AppError("CONFLICT", "already_archived");
    if ((before.status === "ACTIVE" || before.status === "PAUSED") && data.keywords.length + data.hashtags.length === 0) {
      throw new AppError("INVALID_INPUT", "keywords_required");
    }
    await tx.activation.update({
      where: { id: activationId },
      data: {
        ...data,
        // A changed grace period moves the end of the authorities' access of a closed watch.
        ...(before.closedAt ? { authorityAccessUntil: accessUntilAfterClosing(before.closedAt, data.authorityGraceDays) } : {}),
      },
    });
    const pick = ({ keywords, hashtags, exclusions, languages, expectedDurationHours, publicMapAllowed, blurMedia, retentionDays, authorityGraceDays }: typeof before) =>
      ({ keywords, hashtags, exclusions, languages, expectedDurationHours, publicMapAllowed, blurMedia, retentionDays, authorityGraceDays });
    await audit({ action: "activation.settings", entity: "Activation", entityId: activationId, activationId, before: pick(before), after: data });
    await emitToActivation(activationId, "activation:settings", { by: actor.name });
  });
}
