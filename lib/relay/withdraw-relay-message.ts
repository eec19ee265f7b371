import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { changeRelayMessage, findRelayMessage } from "./change-relay-message";
import { removeFromNetworks } from "./remove-from-networks";
import { relayVersionSchema } from "./schemas";

/**
 * Withdraws a message that is no longer true or useful: it leaves the public map and the
 * authority's dashboard at once, then its posts are deleted from Mastodon and Bluesky
 * (best effort, after the commit: a network's failure is noted on the publication and never
 * undoes the withdrawal).
 */
export async function withdrawRelayMessage(actor: SessionUser, activationId: string, messageId: string, input: unknown): Promise<{ version: number }> {
  await requireCoordination(actor, activationId);
  const { version } = relayVersionSchema.parse(input);
  const result = await mutate(actor, async ({ tx, audit, emitToActivation, emitPublic }) => {
    const message = await findRelayMessage(tx, activationId, messageId);
    if (message.status === "WITHDRAWN") throw new AppError("CONFLICT", "relay_already_withdrawn");
    const next = await changeRelayMessage(tx, messageId, version, { status: "WITHDRAWN", withdrawnAt: new Date() });
    await audit({ action: "relay.withdraw", entity: "RelayMessage", entityId: messageId, activationId, before: { status: message.status }, after: { status: "WITHDRAWN" } });
    await emitToActivation(activationId, "relay:changed", { messageId, status: "WITHDRAWN" });
    if (message.status === "PUBLISHED") emitPublic(activationId, "public:refresh", {});
    return { version: next };
  });
  await removeFromNetworks(actor, activationId, messageId);
  return result;
}
