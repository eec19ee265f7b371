import { NetworkPublishError, sendToNetwork, type PostImage, type PublishedPost } from "./network-error";

/**
 * How long Vigie waits for the instance to finish processing an image: bounded, as the message
 * row is locked meanwhile and the whole publication must end within its transaction (90 s):
 * upload 15 s + 10 polls of at most 3.5 s + status 15 s.
 */
const MEDIA_POLLS = 10;
const MEDIA_POLL_INTERVAL_MS = 500;
const MEDIA_POLL_TIMEOUT_MS = 3_000;

/**
 * Posts a public status on the association's Mastodon account: the image first
 * (POST /api/v2/media, its alt text as `description`), waiting for the instance to process it
 * when it answers 202, then POST /api/v1/statuses with an Idempotency-Key, so a retried request
 * never posts twice.
 */
export async function publishToMastodon(options: { baseUrl: string; token: string; text: string; image: PostImage | null; idempotencyKey: string }): Promise<PublishedPost> {
  const auth = { authorization: `Bearer ${options.token}` };
  const mediaIds: string[] = [];
  if (options.image) {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(options.image.bytes)], { type: options.image.mime }), "image.jpg");
    form.append("description", options.image.alt);
    const response = await sendToNetwork(`${options.baseUrl}/api/v2/media`, { method: "POST", headers: auth, body: form });
    const media = (await response.json()) as { id?: string; url?: string | null };
    if (!media.id) throw new NetworkPublishError("media upload answered without an id");
    // 202 (or no url yet): still processing, and a status naming it would be refused with 422.
    if (response.status === 202 || !media.url) await waitForMedia(options.baseUrl, auth, media.id);
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

/** GET /api/v1/media/:id answers 206 while the instance processes the file, 200 with its url once done. */
async function waitForMedia(baseUrl: string, auth: Record<string, string>, mediaId: string): Promise<void> {
  for (let poll = 0; poll < MEDIA_POLLS; poll++) {
    await new Promise((resolve) => setTimeout(resolve, MEDIA_POLL_INTERVAL_MS));
    const response = await sendToNetwork(`${baseUrl}/api/v1/media/${encodeURIComponent(mediaId)}`, { headers: auth }, MEDIA_POLL_TIMEOUT_MS);
    if (response.status === 206) {
      await response.body?.cancel();
      continue;
    }
    const media = (await response.json()) as { url?: string | null };
    if (media.url) return;
  }
  throw new NetworkPublishError(`the instance was still processing the image after ${(MEDIA_POLLS * MEDIA_POLL_INTERVAL_MS) / 1000} s`);
}
