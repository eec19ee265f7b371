import { clock } from "../clock";
import { db } from "../db/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { composeAnswer } from "./answer-presets";
import { recordAcknowledgement, type AcknowledgedEscalation } from "./record-acknowledgement";
import { linkAcknowledgeSchema } from "./schemas";
import { linkSecret, verifyAcknowledgeLink } from "./signed-link";

/**
 * Acknowledges from the signed link of an on-duty e-mail, without an account:
 * the link's signature and expiry are checked, and it acknowledges once (a
 * second use is refused with who answered first). The acknowledger is shown
 * as the address the link was sent to, with the name they typed if any.
 */
export async function acknowledgeByLink(token: string, input: unknown): Promise<AcknowledgedEscalation> {
  const check = verifyAcknowledgeLink(token, linkSecret(), clock().now());
  if (!check.ok) throw new AppError(check.reason === "expired" ? "FORBIDDEN" : "NOT_FOUND", check.reason === "expired" ? "escalation_link_expired" : "escalation_link_invalid");
  const { escalationId, address } = check.claims;
  const parsed = linkAcknowledgeSchema.parse(input);
  const escalation = await db().escalation.findUnique({ where: { id: escalationId }, select: { activationId: true } });
  if (!escalation) throw new AppError("NOT_FOUND", "escalation_link_invalid");
  const by = parsed.name ? `${parsed.name} (${address})` : address;
  return mutate(null, (ctx) => recordAcknowledgement(ctx, escalationId, escalation.activationId, { by, byUserId: null, answer: composeAnswer(parsed.preset, parsed.text), via: "email" }));
}
