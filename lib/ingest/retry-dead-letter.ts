import { requireActivationCapability } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { AppError } from "../errors";
import { ingestBatch } from "./ingest-batch";
import { postsOnly } from "./import-rows";
import { requireOpenActivation } from "./require-open-activation";
import { parseIncoming } from "./schemas";

/**
 * Retries a dead letter, with its payload as corrected by a volunteer (or as
 * it was). Resolved only if it now passes; otherwise the new reason is kept.
 */
export async function retryDeadLetter(actor: SessionUser, activationId: string, deadLetterId: string, correctedJson: string): Promise<{ ok: boolean; reason?: string }> {
  await requireActivationCapability(actor, activationId, "triage");
  await requireOpenActivation(activationId);
  const letter = await db().deadLetter.findFirst({ where: { id: BigInt(deadLetterId), activationId, resolvedAt: null } });
  if (!letter) throw new AppError("NOT_FOUND", "dead_letter_not_found");
  let payload: unknown;
  try {
    payload = JSON.parse(correctedJson);
  } catch {
    return { ok: false, reason: "invalid_json" };
  }
  // Probe without storing a second dead letter: parse first, ingest only when valid.
  // A retried payload may add a post, never edit or delete one.
  payload = postsOnly(payload);
  const parsed = parseIncoming(payload);
  if (!parsed.ok) {
    await db().deadLetter.update({ where: { id: letter.id }, data: { reason: parsed.reason } });
    return { ok: false, reason: parsed.reason };
  }
  await ingestBatch({ activationId, sourceId: letter.sourceId, payloads: [payload] });
  await db().deadLetter.update({ where: { id: letter.id }, data: { resolvedAt: new Date() } });
  return { ok: true };
}
