import type { SessionUser } from "../auth/session-user";
import { requireCoordination } from "../activation/require-coordination";
import { db, type Tx } from "../db/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { findRelayMessage, isFullyApproved } from "./change-relay-message";
import { blueskyRecordKey } from "./networks/bluesky-record-key";
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
 * The publication holds the message's row lock while the network answers: a few requests of
 * at most 15 s each (and Mastodon's bounded wait for image processing) must fit in it.
 */
const PUBLICATION_TRANSACTION_MS = 90_000;

/** Bluesky refuses blobs over 1,000,000 bytes; a margin for the encoder's rounding. */
const BLUESKY_MAX_IMAGE_BYTES = 950_000;

type Outcome = { failed: false; version: number; url: string | null } | { failed: true };

/**
 * Publishes an approved message to one of the association's accounts (Mastodon, Bluesky) or
 * records that it went out through the share kit. Refused, before anything is sent, when the
 * message is not approved (by a coordinator, and by the authority when the activation asks),
 * when it is too long for the network, or when it already went out there. A network's refusal
 * is recorded on the publication history without marking the message published.
 *
 * The whole publication is one transaction that first locks the message row: an edit or a
 * withdrawal arriving while the network answers waits for it, then finds a newer version and
 * is refused (RelayConflictError); a second publication waits too, then finds the message
 * published. So what goes out is what was approved, and it goes out once.
 */
export async function publishRelayMessage(actor: SessionUser, activationId: string, messageId: string, input: unknown): Promise<PublishResult> {
  await requireCoordination(actor, activationId);
  const { version, network } = relayPublishSchema.parse(input);

  // Early refusals and the slow preparation (the instance's limit, the image's encoding) work
  // on the version the page saw; the transaction checks again, under the lock, that it still is.
  const seen = await findRelayMessage(db(), activationId, messageId);
  checkPublishable(seen, version);
  if (network !== "share_kit") await refuseIfAlreadyPublished(db(), messageId, network);
  let send: (() => Promise<PublishedPost>) | null = null;
  if (network !== "share_kit") {
    const account = await db().relayAccount.findUnique({ where: { activationId_network: { activationId, network } } });
    if (!account) throw new AppError("NOT_FOUND", "relay_account_missing");
    const text = composePostText(seen);
    if (network === "mastodon" && mastodonLength(text) > (await mastodonMaxCharacters(account.baseUrl, { fresh: true }))) throw new AppError("INVALID_INPUT", "relay_too_long");
    if (network === "bluesky" && blueskyLength(text) > BLUESKY_MAX_GRAPHEMES) throw new AppError("INVALID_INPUT", "relay_too_long");
    const image: PostImage | null = seen.imageMediaId
      ? { ...(await relayImageBytes(seen.imageMediaId, network === "bluesky" ? { maxBytes: BLUESKY_MAX_IMAGE_BYTES } : {})), alt: seen.imageAlt ?? "" }
      : null;
    send =
      network === "mastodon"
        ? // Same key on every attempt for this message: a retry (even after another step bumped the version) never posts twice.
          () => publishToMastodon({ baseUrl: account.baseUrl, token: account.secret, text, image, idempotencyKey: `vigie-relay-${messageId}-mastodon` })
        : () => publishToBluesky({ baseUrl: account.baseUrl, handle: account.handle, appPassword: account.secret, text, image, recordKey: blueskyRecordKey(seen) });
  }

  const outcome = await mutate<Outcome>(
    actor,
    async ({ tx, audit, emitToActivation, emitPublic }) => {
      await tx.$queryRaw`SELECT id FROM "RelayMessage" WHERE id = ${messageId}::uuid AND "activationId" = ${activationId}::uuid FOR UPDATE`;
      const message = await findRelayMessage(tx, activationId, messageId);
      checkPublishable(message, version);
      if (network !== "share_kit") await refuseIfAlreadyPublished(tx, messageId, network);

      let posted: PublishedPost | null = null;
      if (send) {
        try {
          posted = await send();
        } catch (error) {
          if (!(error instanceof NetworkPublishError)) throw error;
          // Not audited as relay.publish: nothing was published. The history shows the refusal,
          // committed before the caller hears of it.
          await tx.relayPublication.create({ data: { messageId, network, publishedById: actor.id, error: error.message } });
          await emitToActivation(activationId, "relay:changed", { messageId, failed: network });
          return { failed: true };
        }
      }

      await tx.relayPublication.create({ data: { messageId, network, url: posted?.url ?? null, remoteId: posted?.remoteId ?? null, publishedById: actor.id } });
      const updated = await tx.relayMessage.update({
        where: { id: messageId },
        data: { status: "PUBLISHED", publishedAt: message.publishedAt ?? new Date(), version: { increment: 1 } },
        select: { version: true },
      });
      await audit({ action: "relay.publish", entity: "RelayMessage", entityId: messageId, activationId, before: { status: message.status }, after: { status: "PUBLISHED", network, url: posted?.url ?? null } });
      await emitToActivation(activationId, "relay:changed", { messageId, status: "PUBLISHED" });
      // Open public maps fetch the messages in force again (the public payload is built there, once).
      if (!message.publishedAt) emitPublic(activationId, "public:refresh", {});
      return { failed: false, version: updated.version, url: posted?.url ?? null };
    },
    { timeoutMs: PUBLICATION_TRANSACTION_MS },
  );
  if (outcome.failed) throw new AppError("INTERNAL", "relay_publish_failed");
  return { version: outcome.version, url: outcome.url };
}

/** Still at the version the page saw, and approved (by a coordinator, and by the authority when asked). */
function checkPublishable(message: Awaited<ReturnType<typeof findRelayMessage>>, version: number): void {
  if (message.version !== version) throw new RelayConflictError(message.version);
  if ((message.status !== "APPROVED" && message.status !== "PUBLISHED") || !isFullyApproved(message)) throw new AppError("CONFLICT", "relay_not_approved");
}

/** Once per network (the share kit may be copied again and again). */
async function refuseIfAlreadyPublished(client: Pick<Tx, "relayPublication">, messageId: string, network: string): Promise<void> {
  const already = await client.relayPublication.count({ where: { messageId, network, error: null } });
  if (already) throw new AppError("CONFLICT", "relay_already_published");
}
