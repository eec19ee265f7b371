import { NetworkPublishError, sendToNetwork, type PostImage, type PublishedPost } from "./network-error";

/**
 * Posts a public status on the association's Mastodon account: the image first
 * (POST /api/v2/media, its alt text as `description`), then POST /api/v1/statuses with an
 * Idempotency-Key, so a retried request never posts twice.
 */
export async function publishToMastodon(options: { baseUrl: string; token: string; text: string; image: PostImage | null; idempotencyKey: string }): Promise<PublishedPost> {
  const auth = { authorization: `Bearer ${options.token}` };
  const mediaIds: string[] = [];
  if (options.image) {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(options.image.bytes)], { type: options.image.mime }), "image.jpg");
    form.append("description", options.image.alt);
    const response = await sendToNetwork(`${options.baseUrl}/api/v2/media`, { method: "POST", headers: auth, body: form });
    const media = (await response.json()) as { id?: string };
    if (!media.id) throw new NetworkPublishError("media upload answered without an id");
    mediaIds.push(media.id);
  }
  const response = await sendToNetwork(`${options.baseUrl}/api/v1/statuses`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json", "idempotency-key": options.idempotencyKey },
    body: JSON.stringify({ status: options.text, media_ids: mediaIds, visibility: "public", language: "fr" }),
  });
  const status = (await response.json()) as { id?: string; url?: string | null; uri?: string };
  if (!status.id) throw new NetworkPublishError("status answered without an id");
  return { remoteId: status.id, url: status.url ?? status.uri ?? null };
}
