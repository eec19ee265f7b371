import { requireActivationCapability } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { composeAnswer } from "./answer-presets";
import { recordAcknowledgement, type AcknowledgedEscalation } from "./record-acknowledgement";
import { acknowledgeSchema } from "./schemas";

/**
 * An authority user acknowledges an escalation in the app, with their name,
 * the time, and an answer (a preset such as « Secours engagés », free text, or
 * both). Only authority users who may read the activation: the acknowledgement
 * tells the volunteers the crisis cell has it, so the association cannot give
 * it on the authority's behalf. Audit `escalation.acknowledge`.
 */
export async function acknowledgeEscalation(actor: SessionUser, activationId: string, escalationId: string, input: unknown): Promise<AcknowledgedEscalation> {
  await requireActivationCapability(actor, activationId, "acknowledge");
  const { preset, text } = acknowledgeSchema.parse(input);
  return mutate(actor, (ctx) => recordAcknowledgement(ctx, escalationId, activationId, { by: actor.name, byUserId: actor.id, answer: composeAnswer(preset, text), via: "app" }));
}
