import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { db } from "../db/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { findRelayMessage, isFullyApproved } from "./change-relay-message";
import { mastodonMaxCharacters } from "./networks/mastodon-limit";
import { NetworkPublishError, type PostImage, type PublishedPost } from "./networks/network-error";
import { publishToBluesky } from "./networks/publish-to-bluesky";
import { publishToMastodon } from "./networks/publish-to-mastodon";
import { relayImageBytes } from "./relay-image";
import { RelayConflictError } from "./relay-conflict-error";
import { BLUESKY_MAX_GRAPHEMES, blueskyLength, composePostText, mastodonLength } from "./relay-text";
import { relayPublishSchema } from "./schemas";

export type PublishResult = { version: number; url: string | null };

/**
 * Publishes an approved message to one of the association's accounts (Mastodon, Bluesky) or
 * records that it went out through the share kit. Refused, before anything is sent, when the
 * message is not approved (by a coordinator, and by the authority when the activation asks),
 * when it is too long for the network, or when it already went out there. A network's refusal
 * is recorded on the publication history without marking the message published.
 */
export async function publishRelayMessage(actor: SessionUser, activationId: string, messageId: string, input: unknown): Promise<PublishResult> {
  await requireCoordination(actor, activationId);
  const { version, network } = relayPublishSchema.parse(input);
  const message = await findRelayMessage(db(), activationId, messageId);
  if (message.version !== version) throw new RelayConflictError(message.version);
  if ((message.status !== "APPROVED" && message.status !== "PUBLISHED") || !isFullyApproved(message)) throw new AppError("CONFLICT", "relay_not_approved");
  if (network !== "share_kit") {
    const already = await db().relayPublication.count({ where: { messageId, network, error: null } });
    if (already) throw new AppError("CONFLICT", "relay_already_published");
  }

  let posted: PublishedPost | null = null;
  if (network !== "share_kit") {
    const account = await db().relayAccount.findUnique({ where: { activationId_network: { activationId, network } } });
    if (!account) throw new AppError("NOT_FOUND", "relay_account_missing");
    const text = composePostText(message);
    if (network === "mastodon" && mastodonLength(text) > (await mastodonMaxCharacters(account.baseUrl, { fresh: true }))) throw new AppError("INVALID_INPUT", "relay_too_long");
    if (network === "bluesky" && blueskyLength(text) > BLUESKY_MAX_GRAPHEMES) throw new AppError("INVALID_INPUT", "relay_too_long");
    const image: PostImage | null = message.imageMediaId ? { ...(await relayImageBytes(message.imageMediaId)), alt: message.imageAlt ?? "" } : null;
    try {
      posted =
        network === "mastodon"
          ? await publishToMastodon({ baseUrl: account.baseUrl, token: account.secret, text, image, idempotencyKey: `vigie-relay-${messageId}-v${version}` })
          : await publishToBluesky({ baseUrl: account.baseUrl, handle: account.handle, appPassword: account.secret, text, image });
    } catch (error) {
      if (!(error instanceof NetworkPublishError)) throw error;
      await recordFailure(actor, activationId, messageId, network, error.message);
      throw new AppError("INTERNAL", "relay_publish_failed");
    }
  }

  return mutate(actor, async ({ tx, audit, emitToActivation, emitPublic }) => {
    const current = await tx.relayMessage.findUniqueOrThrow({ where: { id: messageId }, select: { status: true, publishedAt: true, version: true } });
    await tx.relayPublication.create({ data: { messageId, network, url: posted?.url ?? null, remoteId: posted?.remoteId ?? null, publishedById: actor.id } });
    // Withdrawn while the request was out: the post is recorded, the withdrawal stands.
    const status = current.status === "WITHDRAWN" ? "WITHDRAWN" : "PUBLISHED";
    const updated = await tx.relayMessage.update({
      where: { id: messageId },
      data: { status, publishedAt: current.publishedAt ?? new Date(), version: { increment: 1 } },
      select: { version: true },
    });
    await audit({ action: "relay.publish", entity: "RelayMessage", entityId: messageId, activationId, before: { status: current.status }, after: { status, network, url: posted?.url ?? null } });
    await emitToActivation(activationId, "relay:changed", { messageId, status });
    // Open public maps fetch the messages in force again (the public payload is built there, once).
    if (status === "PUBLISHED" && !current.publishedAt) emitPublic(activationId, "public:refresh", {});
    return { version: updated.version, url: posted?.url ?? null };
  });
}

async function recordFailure(actor: SessionUser, activationId: string, messageId: string, network: string, error: string): Promise<void> {
  await mutate(actor, async ({ tx, emitToActivation }) => {
    // Not audited as relay.publish: nothing was published. The history shows the refusal.
    await tx.relayPublication.create({ data: { messageId, network, publishedById: actor.id, error } });
    await emitToActivation(activationId, "relay:changed", { messageId, failed: network });
  });
}
