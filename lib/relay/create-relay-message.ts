import type { SessionUser } from "../auth/session-user";
import { requireActivationCapability } from "../activation/get-activation-access";
import { db } from "../db/client";
import { mutate } from "../db/mutate";
import { AppError } from "../errors";
import { storeMediaFile } from "../media/store-media-file";
import { relayDraftSchema } from "./schemas";

export type RelayImageUpload = { bytes: Buffer; mime: string };

/**
 * Drafts a relay message (from the library or written by hand), optionally with an image and
 * its alt text. Volunteers and coordinators draft; only a coordinator approves.
 */
export async function createRelayMessage(actor: SessionUser, activationId: string, input: unknown, image?: RelayImageUpload | null): Promise<{ id: string }> {
  await requireActivationCapability(actor, activationId, "triage");
  const data = relayDraftSchema.parse(input);
  if (image && !data.imageAlt) throw new AppError("INVALID_INPUT", "relay_alt_required");
  if (data.templateId) {
    const template = await db().relayTemplate.findUnique({ where: { id: data.templateId }, select: { id: true } });
    if (!template) throw new AppError("NOT_FOUND", "relay_template_not_found");
  }
  // The photo is stored first (it is its own row, harmless if the draft then fails).
  const media = image ? await storeMediaFile({ activationId, uploadedById: actor.id, bytes: image.bytes, mime: image.mime }) : null;
  return mutate(actor, async ({ tx, audit, emitToActivation }) => {
    const message = await tx.relayMessage.create({
      data: {
        activationId,
        kind: data.kind,
        title: data.title,
        body: data.body,
        link: data.link ?? null,
        hashtags: data.hashtags,
        templateId: data.templateId ?? null,
        imageMediaId: media?.id ?? null,
        imageAlt: media ? (data.imageAlt ?? null) : null,
        showOnPublicMap: data.showOnPublicMap,
        createdById: actor.id,
      },
    });
    await audit({ action: "relay.create", entity: "RelayMessage", entityId: message.id, activationId, after: { kind: data.kind, title: data.title, body: data.body, link: data.link ?? null, templateId: data.templateId ?? null } });
    await emitToActivation(activationId, "relay:changed", { messageId: message.id, status: "DRAFT" });
    return { id: message.id };
  });
}
