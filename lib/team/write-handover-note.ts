import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { handoverSchema } from "../activation/schemas";
import { mutate } from "../db/mutate";

/**
 * A handover note at the end of a shift: what is going on, what to watch,
 * what was promised to the crisis cell. The next shift sees the latest first.
 * Anyone who triages (coordinators and volunteers) may write one.
 */
export async function writeHandoverNote(actor: SessionUser, activationId: string, input: unknown): Promise<{ id: string }> {
  await requireActivationCapability(actor, activationId, "triage");
  const { body } = handoverSchema.parse(input);
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const note = await tx.handoverNote.create({ data: { activationId, authorId: actor.id, body } });
    await audit({ action: "handover.write", entity: "HandoverNote", entityId: note.id, activationId, after: { length: body.length } });
    // The stored event says a note exists; its text stays in HandoverNote, where retention reaches it.
    await emitToActivation(activationId, "handover:written", { id: note.id, at: note.createdAt.toISOString() });
    return { id: note.id };
  });
}
