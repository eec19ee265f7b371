import { requireActivationCapability } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { AppError } from "../errors";

/** Marks a dead letter as dealt with, without ingesting it. */
export async function dismissDeadLetter(actor: SessionUser, activationId: string, deadLetterId: string): Promise<void> {
  await requireActivationCapability(actor, activationId, "triage");
  const result = await db().deadLetter.updateMany({ where: { id: BigInt(deadLetterId), activationId, resolvedAt: null }, data: { resolvedAt: new Date() } });
  if (result.count === 0) throw new AppError("NOT_FOUND", "dead_letter_not_found");
}
