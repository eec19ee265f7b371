import type { SessionUser } from "../auth/session-user";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { draftRelaySchema } from "./schemas";
import { requireSolidarityRight } from "./solidarity-access";
import { solidarityRelayText } from "./relay-text";

/**
 * A coordinator turns a verified call for solidarity (kind SOLIDARITY) or a
 * local initiative (kind INITIATIVE — the coordinator's choice, the item has
 * no such mark) into a relay message DRAFT linked to the item; the relay
 * workflow (approval, publication) takes it from there. The text never holds
 * the contact. Refused for an unverified or closed item; asked twice, the
 * draft already waiting is returned instead of a second one. Audited `relay.create`.
 */
export async function draftRelayFromItem(actor: SessionUser, activationId: string, itemId: string, input: unknown): Promise<{ messageId: string; created: boolean }> {
  await requireSolidarityRight(actor, activationId, "canCoordinate");
  const { kind } = draftRelaySchema.parse(input);
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const item = await tx.solidarityItem.findFirst({ where: { id: itemId, activationId } });
    if (!item) throw new AppError("NOT_FOUND", "solidarity_not_found");
    if (!item.verified) throw new AppError("INVALID_INPUT", "solidarity_relay_needs_verified");
    if (item.status === "CLOSED") throw new AppError("INVALID_INPUT", "solidarity_already_closed");
    const waiting = await tx.relayMessage.findFirst({ where: { activationId, solidarityItemId: itemId, kind, status: "DRAFT" }, select: { id: true } });
    if (waiting) return { messageId: waiting.id, created: false };
    const activation = await tx.activation.findUniqueOrThrow({ where: { id: activationId }, select: { hashtags: true } });
    const text = solidarityRelayText(item, kind);
    const message = await tx.relayMessage.create({
      data: { activationId, kind, status: "DRAFT", title: text.title, body: text.body, hashtags: activation.hashtags.slice(0, 3), solidarityItemId: itemId, createdById: actor.id },
    });
    await audit({ action: "relay.create", entity: "RelayMessage", entityId: message.id, activationId, after: { kind, title: message.title, solidarityItemId: itemId } });
    await emitToActivation(activationId, "relay:changed", { messageId: message.id, status: "DRAFT" });
    return { messageId: message.id, created: true };
  });
}
