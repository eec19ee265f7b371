import { getActivationAccess } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { AppError, requireUuid } from "../errors";
import { relayImageBytes } from "./relay-image";

/** The share kit's image of one relay message, for a reader of its activation. */
export async function relayMessageImage(user: SessionUser, activationId: string, messageId: string): Promise<{ bytes: Buffer; mime: "image/jpeg" }> {
  requireUuid(messageId, "relay_not_found");
  await getActivationAccess(user, activationId);
  const message = await db().relayMessage.findFirst({ where: { id: messageId, activationId }, select: { imageMediaId: true } });
  if (!message?.imageMediaId) throw new AppError("NOT_FOUND", "relay_not_found");
  return relayImageBytes(message.imageMediaId);
}
