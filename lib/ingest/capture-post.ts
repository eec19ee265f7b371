import { createHash } from "node:crypto";
import { z } from "zod";
import { requireActivationCapability } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { clock } from "../clock";
import { db } from "../db/client";
import { AppError } from "../errors";
import { storeMediaFile, type StoredMedia } from "../media/store-media-file";
import { canonicalUrl, inferNetwork } from "./infer-network";
import { ingestBatch } from "./ingest-batch";
import { requireOpenActivation } from "./require-open-activation";

export const captureSchema = z.object({
  url: z.url({ protocol: /^https?$/, message: "url_invalid" }).max(2000).nullable(),
  text: z.string().trim().min(1, { message: "text_required" }).max(20_000),
  authorHandle: z.string().trim().max(200).nullable(),
  postedAt: z.coerce.date().nullable(),
});

export type CaptureResult = { postId: string | null; duplicate: boolean; network: string; media: StoredMedia[] };

/**
 * Manual capture of a post seen on a network without an API: link, text,
 * screenshots or photos. The network comes from the link; a photo's EXIF
 * GPS position becomes the post's geotag. Goes through the same pipeline as
 * every source (stored once: the same link captured twice is one post).
 */
export async function capturePost(actor: SessionUser, activationId: string, input: unknown, files: { bytes: Buffer; mime: string }[]): Promise<CaptureResult> {
  await requireActivationCapability(actor, activationId, "triage");
  await requireOpenActivation(activationId);
  const data = captureSchema.parse(input);
  if (files.length > 10) throw new AppError("INVALID_INPUT", "too_many_files");
  const media: StoredMedia[] = [];
  for (const file of files) media.push(await storeMediaFile({ activationId, uploadedById: actor.id, bytes: file.bytes, mime: file.mime }));

  const source =
    (await db().source.findFirst({ where: { activationId, kind: "MANUAL" } })) ??
    (await db().source.create({ data: { activationId, kind: "MANUAL", name: "Saisie manuelle" } }));
  const network = inferNetwork(data.url);
  const externalId = data.url ? canonicalUrl(data.url) : `manual-${createHash("sha1").update(`${data.text}\u0000${data.authorHandle ?? ""}`).digest("hex").slice(0, 20)}`;
  const located = media.find((m) => m.exif?.lat !== null && m.exif?.lat !== undefined && m.exif.lon !== null);
  const result = await ingestBatch({
    activationId,
    sourceId: source.id,
    payloads: [
      {
        network,
        externalId,
        url: data.url,
        author: { handle: data.authorHandle },
        text: data.text,
        postedAt: (data.postedAt ?? clock().now()).toISOString(),
        media: media.map((m) => ({ fileId: m.id, type: "image", alt: null })),
        geo: located ? { lat: located.exif!.lat, lon: located.exif!.lon } : null,
        capturedBy: actor.id,
      },
    ],
  });
  if (result.deadLettered.length) throw new AppError("INVALID_INPUT", "capture_invalid");
  return { postId: result.storedIds[0] ?? null, duplicate: result.duplicates > 0, network, media };
}
