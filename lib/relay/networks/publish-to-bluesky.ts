import { blueskyFacets } from "../bluesky-facets";
import { NetworkPublishError, sendToNetwork, type PostImage, type PublishedPost } from "./network-error";

/**
 * Posts on the association's Bluesky account: com.atproto.server.createSession with the
 * handle and an app password, the image through com.atproto.repo.uploadBlob, then
 * com.atproto.repo.createRecord of an app.bsky.feed.post with link and hashtag facets
 * (UTF-8 byte offsets), `langs: ["fr"]` and `createdAt`.
 */
export async function publishToBluesky(options: { baseUrl: string; handle: string; appPassword: string; text: string; image: PostImage | null }): Promise<PublishedPost> {
  const xrpc = (method: string) => `${options.baseUrl}/xrpc/${method}`;
  const session = (await (
    await sendToNetwork(xrpc("com.atproto.server.createSession"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ identifier: options.handle, password: options.appPassword }) })
  ).json()) as { accessJwt?: string; did?: string; handle?: string };
  if (!session.accessJwt || !session.did) throw new NetworkPublishError("session answered without a token");
  const auth = { authorization: `Bearer ${session.accessJwt}` };
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
    $type: "app.bsky.feed.post",
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
      body: JSON.stringify({ repo: session.did, collection: "app.bsky.feed.post", record }),
    })
  ).json()) as { uri?: string; cid?: string };
  if (!created.uri) throw new NetworkPublishError("record answered without a uri");
  const rkey = created.uri.split("/").pop();
  return { remoteId: created.uri, url: `https://bsky.app/profile/${session.handle ?? options.handle}/post/${rkey}` };
}
