import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { RelayConflictError } from "./relay-conflict-error";

/** The message of this activation, or NOT_FOUND (a message id from another activation looks the same as none). */
export async function findRelayMessage(tx: Pick<Tx, "relayMessage">, activationId: string, messageId: string) {
  const message = await tx.relayMessage.findFirst({ where: { id: messageId, activationId }, include: { activation: { select: { relayNeedsAuthorityApproval: true } } } });
  if (!message) throw new AppError("NOT_FOUND", "relay_not_found");
  return message;
}

/**
 * Writes a change only if the message is still at `version` (check and write in one statement), and bumps it.
 * A publication holds the row locked while the network answers (up to a minute): rather than wait
 * behind it past the transaction's time limit, a change is refused at once with `relay_publishing`.
 */
export async function changeRelayMessage(tx: Tx, messageId: string, version: number, data: Prisma.RelayMessageUpdateManyMutationInput): Promise<number> {
  try {
    await tx.$queryRaw`SELECT id FROM "RelayMessage" WHERE id = ${messageId}::uuid FOR UPDATE NOWAIT`;
  } catch (error) {
    if (isLockNotAvailable(error)) throw new AppError("CONFLICT", "relay_publishing");
    throw error;
  }
  const { count } = await tx.relayMessage.updateMany({ where: { id: messageId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const current = await tx.relayMessage.findUnique({ where: { id: messageId }, select: { version: true } });
    throw new RelayConflictError(current?.version ?? version);
  }
  return version + 1;
}

/** Approved by a coordinator, and by an authority user too when the activation asks for it. */
export function isFullyApproved(message: { approvedAt: Date | null; authorityApprovedAt: Date | null; activation: { relayNeedsAuthorityApproval: boolean } }): boolean {
  return message.approvedAt !== null && (!message.activation.relayNeedsAuthorityApproval || message.authorityApprovedAt !== null);
}

/** PostgreSQL's lock_not_available (55P03), however the driver adapter wraps it. */
function isLockNotAvailable(error: unknown): boolean {
  const text = `${String(error)} ${JSON.stringify((error as { meta?: unknown })?.meta ?? null)}`;
  return text.includes("55P03") || /could not obtain lock/i.test(text);
}
