import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { changeRelayMessage, findRelayMessage } from "./change-relay-message";
import { relayUpdateSchema } from "./schemas";

/**
 * Edits a draft or an approved message (optimistic `version`). Editing an approved message
 * takes its approvals back: what was approved is no longer what would be published.
 */
export async function updateRelayMessage(actor: SessionUser, activationId: string, messageId: string, input: unknown): Promise<{ version: number }> {
  await requireActivationCapability(actor, activationId, "triage");
  const { version, ...fields } = relayUpdateSchema.parse(input);
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const message = await findRelayMessage(tx, activationId, messageId);
    if (message.status !== "DRAFT" && message.status !== "APPROVED") throw new AppError("CONFLICT", "relay_not_editable");
    const next = await changeRelayMessage(tx, messageId, version, {
      title: fields.title,
      body: fields.body,
      link: fields.link ?? null,
      hashtags: fields.hashtags,
      showOnPublicMap: fields.showOnPublicMap,
      imageAlt: message.imageMediaId ? (fields.imageAlt ?? message.imageAlt) : null,
      status: "DRAFT",
      approvedById: null,
      approvedAt: null,
      authorityApprovedById: null,
      authorityApprovedAt: null,
    });
    await audit({
      action: "relay.update",
      entity: "RelayMessage",
      entityId: messageId,
      activationId,
      before: { title: message.title, body: message.body, link: message.link, hashtags: message.hashtags, status: message.status },
      after: { ...fields, status: "DRAFT" },
    });
    await emitToActivation(activationId, "relay:changed", { messageId, status: "DRAFT" });
    return { version: next };
  });
}
