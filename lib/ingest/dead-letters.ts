import { requireActivationCapability } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { AppError } from "../errors";
import { ingestBatch } from "./ingest-batch";

export type DeadLetterRow = { id: string; sourceName: string | null; reason: string; payload: string; receivedAt: Date };

/** Unresolved dead letters of an activation, newest first. Callers check read access. */
export async function listDeadLetters(activationId: string, limit = 50): Promise<DeadLetterRow[]> {
  const rows = await db().deadLetter.findMany({
    where: { activationId, resolvedAt: null },
    include: { source: { select: { name: true } } },
    orderBy: { id: "desc" },
    take: limit,
  });
  return rows.map((row) => ({ id: row.id.toString(), sourceName: row.source?.name ?? null, reason: row.reason, payload: JSON.stringify(row.payload, null, 2), receivedAt: row.receivedAt }));
}

/**
 * Retries a dead letter, with its payload as corrected by a volunteer (or as
 * it was). Resolved only if it now passes; otherwise the new reason is kept.
 */
export async function retryDeadLetter(actor: SessionUser, activationId: string, deadLetterId: string, correctedJson: string): Promise<{ ok: boolean; reason?: string }> {
  await requireActivationCapability(actor, activationId, "triage");
  const letter = await db().deadLetter.findFirst({ where: { id: BigInt(deadLetterId), activationId, resolvedAt: null } });
  if (!letter) throw new AppError("NOT_FOUND", "dead_letter_not_found");
  let payload: unknown;
  try {
    payload = JSON.parse(correctedJson);
  } catch {
    return { ok: false, reason: "invalid_json" };
  }
  // Probe without storing a second dead letter: parse first, ingest only when valid.
  const { parseIncoming } = await import("./schemas");
  const parsed = parseIncoming(payload);
  if (!parsed.ok) {
    await db().deadLetter.update({ where: { id: letter.id }, data: { reason: parsed.reason } });
    return { ok: false, reason: parsed.reason };
  }
  await ingestBatch({ activationId, sourceId: letter.sourceId, payloads: [payload] });
  await db().deadLetter.update({ where: { id: letter.id }, data: { resolvedAt: new Date() } });
  return { ok: true };
}

export async function dismissDeadLetter(actor: SessionUser, activationId: string, deadLetterId: string): Promise<void> {
  await requireActivationCapability(actor, activationId, "triage");
  const result = await db().deadLetter.updateMany({ where: { id: BigInt(deadLetterId), activationId, resolvedAt: null }, data: { resolvedAt: new Date() } });
  if (result.count === 0) throw new AppError("NOT_FOUND", "dead_letter_not_found");
}
