import { blueskyFacets } from "../bluesky-facets";
import { describeRefusal, NetworkPublishError, reachNetwork, sendToNetwork, type PostImage, type PublishedPost } from "./network-error";

const POST_COLLECTION = "app.bsky.feed.post";

/**
 * Posts on the association's Bluesky account: com.atproto.server.createSession with the
 * handle and an app password, the image through com.atproto.repo.uploadBlob, then
 * com.atproto.repo.createRecord of an app.bsky.feed.post with link and hashtag facets
 * (UTF-8 byte offsets), `langs: ["fr"]` and `createdAt`.
 * The record key is given (the same on every attempt for a message) and asked for first with
 * com.atproto.repo.getRecord: when an earlier attempt's answer was lost after the PDS created
 * the post, that post is the publication and nothing is posted again.
 */
export async function publishToBluesky(options: { baseUrl: string; handle: string; appPassword: string; text: string; image: PostImage | null; recordKey: string }): Promise<PublishedPost> {
  const xrpc = (method: string) => `${options.baseUrl}/xrpc/${method}`;
  const session = (await (
    await sendToNetwork(xrpc("com.atproto.server.createSession"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ identifier: options.handle, password: options.appPassword }) })
  ).json()) as { accessJwt?: string; did?: string; handle?: string };
  if (!session.accessJwt || !session.did) throw new NetworkPublishError("session answered without a token");
  const auth = { authorization: `Bearer ${session.accessJwt}` };
  const published = (uri: string): PublishedPost => ({ remoteId: uri, url: `https://bsky.app/profile/${session.handle ?? options.handle}/post/${uri.split("/").pop()}` });

  const earlier = await findPost(xrpc, auth, session.did, options.recordKey);
  if (earlier) return published(earlier);

  let embed: object | undefined;
  if (options.image) {
    const uploaded = (await (
      await sendToNetwork(xrpc("com.atproto.repo.uploadBlob"), { method: "POST", headers: { ...auth, "content-type": options.image.mime }, body: new Uint8Array(options.image.bytes) })
    ).json()) as { blob?: object };
    if (!uploaded.blob) throw new NetworkPublishError("upload answered without a blob");
    embed = { $type: "app.bsky.embed.images", images: [{ alt: options.image.alt, image: uploaded.blob }] };
  }
  const facets = blueskyFacets(options.text);
  const record = {
    $type: POST_COLLECTION,
    text: options.text,
    ...(facets.length ? { facets } : {}),
    langs: ["fr"],
    createdAt: new Date().toISOString(),
    ...(embed ? { embed } : {}),
  };
  const created = (await (
    await sendToNetwork(xrpc("com.atproto.repo.createRecord"), {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ repo: session.did, collection: POST_COLLECTION, rkey: options.recordKey, record }),
    })
  ).json()) as { uri?: string; cid?: string };
  if (!created.uri) throw new NetworkPublishError("record answered without a uri");
  return published(created.uri);
}

/** The at:// URI of the post already under this record key, or null when the PDS has none (400 RecordNotFound). */
async function findPost(xrpc: (method: string) => string, auth: Record<string, string>, did: string, rkey: string): Promise<string | null> {
  const query = new URLSearchParams({ repo: did, collection: POST_COLLECTION, rkey });
  const response = await reachNetwork(`${xrpc("com.atproto.repo.getRecord")}?${query}`, { headers: auth });
  if (response.ok) {
    const found = (await response.json()) as { uri?: string };
    return found.uri ?? `at://${did}/${POST_COLLECTION}/${rkey}`;
  }
  const refusal = await describeRefusal(response.clone());
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  if (response.status === 400 && body?.error === "RecordNotFound") return null;
  throw new NetworkPublishError(refusal);
}
