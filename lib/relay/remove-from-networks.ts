import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { mutate } from "../db/mutate";
import { deleteFromBluesky, deleteFromMastodon } from "./networks/delete-from-network";
import { NetworkPublishError } from "./networks/network-error";

/**
 * After a withdrawal: deletes the message's posts from Mastodon and Bluesky, and notes on each
 * publication when it was removed or why it could not be (the coordinator then deletes it by
 * hand). Never undoes the withdrawal itself. Share-kit copies cannot be reached.
 */
export async function removeFromNetworks(actor: SessionUser, activationId: string, messageId: string): Promise<{ removed: number; failed: number }> {
  const publications = await db().relayPublication.findMany({ where: { messageId, error: null, removedAt: null, remoteId: { not: null }, network: { in: ["mastodon", "bluesky"] } } });
  if (publications.length === 0) return { removed: 0, failed: 0 };
  const accounts = new Map((await db().relayAccount.findMany({ where: { activationId } })).map((account) => [account.network, account]));
  const outcomes: { id: string; error: string | null }[] = [];
  for (const publication of publications) {
    const account = accounts.get(publication.network);
    try {
      if (!account) throw new NetworkPublishError("no account configured any more");
      if (publication.network === "mastodon") await deleteFromMastodon({ baseUrl: account.baseUrl, token: account.secret, remoteId: publication.remoteId! });
      else await deleteFromBluesky({ baseUrl: account.baseUrl, handle: account.handle, appPassword: account.secret, remoteId: publication.remoteId! });
      outcomes.push({ id: publication.id, error: null });
    } catch (error) {
      if (!(error instanceof NetworkPublishError)) throw error;
      outcomes.push({ id: publication.id, error: error.message });
    }
  }
  await mutate(actor, async ({ tx, emitToActivation }) => {
    const now = new Date();
    for (const outcome of outcomes) {
      await tx.relayPublication.update({ where: { id: outcome.id }, data: outcome.error ? { removeError: outcome.error } : { removedAt: now, removeError: null } });
    }
    // Part of relay.withdraw (audited there); this only says what the networks answered.
    await emitToActivation(activationId, "relay:changed", { messageId, status: "WITHDRAWN" });
  });
  const failed = outcomes.filter((outcome) => outcome.error).length;
  return { removed: outcomes.length - failed, failed };
}
