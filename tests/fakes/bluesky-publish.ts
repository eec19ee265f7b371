import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A fake Bluesky PDS on 127.0.0.1 that receives posts, checking what a real PDS checks:
 * - com.atproto.server.createSession — identifier + app password, returns a JWT and the DID;
 * - com.atproto.repo.uploadBlob — Bearer JWT, a content-type, non-empty bytes, at most
 *   1,000,000 bytes (400 BlobTooLarge beyond, as bsky.social's limit for images);
 * - com.atproto.repo.createRecord — Bearer JWT, repo = the session's DID,
 *   collection app.bsky.feed.post, `text` ≤ 300 graphemes and ≤ 3000 bytes, `createdAt`,
 *   every facet's UTF-8 byte range inside the text and covering exactly the link or #tag it
 *   names, image embeds with an `alt` and a blob it issued; a given `rkey` must be a TID and
 *   not already used (400 InvalidRequest), else the fake picks one;
 * - com.atproto.repo.getRecord (GET) — repo, collection, rkey: the record, or 400 RecordNotFound;
 * - com.atproto.repo.deleteRecord — Bearer JWT, the session's repo, a post it holds (→ `deleted`).
 */
export type ReceivedPost = { uri: string; record: Record<string, unknown> };

export type BlueskyBehaviour = {
  /** Create the next N posts, then destroy the connection instead of answering (a timeout as Vigie sees it). */
  dropCreateAnswers?: number;
};

export type FakeBlueskyPublish = {
  url: string;
  handle: string;
  appPassword: string;
  posts: ReceivedPost[];
  blobs: { cid: string; mime: string; bytes: number }[];
  deleted: string[];
  requests: string[];
  /** Replaces the test behaviours (none by default). */
  behave(behaviour: BlueskyBehaviour): void;
  close(): Promise<void>;
};

const DID = "did:plc:fakevigierelay000000000";
const JWT = "fake-access-jwt";
const MAX_BLOB_BYTES = 1_000_000;
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

export async function startFakeBlueskyPublish(options: { handle?: string; appPassword?: string } = {}): Promise<FakeBlueskyPublish> {
  const handle = options.handle ?? "vigie-relais.bsky.social";
  const appPassword = options.appPassword ?? "abcd-efgh-ijkl-mnop";
  const posts: ReceivedPost[] = [];
  const blobs: FakeBlueskyPublish["blobs"] = [];
  const requests: string[] = [];
  const deleted: string[] = [];
  let behaviour: BlueskyBehaviour = {};
  const server = createServer((req, res) => void handle_(req, res).catch((error: unknown) => send(res, 500, { error: "InternalServerError", message: String(error) })));

  async function handle_(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    requests.push(`${req.method} ${path}`);
    const body = await readBody(req);
    if (req.method === "GET" && path === "/xrpc/com.atproto.repo.getRecord") {
      const query = new URL(req.url ?? "/", "http://fake").searchParams;
      const uri = `at://${query.get("repo")}/${query.get("collection")}/${query.get("rkey")}`;
      const post = posts.find((p) => p.uri === uri && !deleted.includes(p.uri));
      if (!post) return send(res, 400, { error: "RecordNotFound", message: `Could not locate record: ${uri}` });
      return send(res, 200, { uri, cid: `bafyreifake${posts.indexOf(post) + 1}`, value: post.record });
    }
    if (req.method !== "POST") return send(res, 405, { error: "MethodNotAllowed" });
    if (path === "/xrpc/com.atproto.server.createSession") {
      const json = parse(body);
      if (json?.identifier !== handle || json?.password !== appPassword) return send(res, 401, { error: "AuthenticationRequired", message: "Invalid identifier or password" });
      return send(res, 200, { accessJwt: JWT, refreshJwt: "fake-refresh", handle, did: DID });
    }
    if (req.headers.authorization !== `Bearer ${JWT}`) return send(res, 401, { error: "AuthenticationRequired" });
    if (path === "/xrpc/com.atproto.repo.uploadBlob") {
      const mime = req.headers["content-type"];
      if (!mime || body.length === 0) return send(res, 400, { error: "InvalidRequest", message: "blob and content-type required" });
      if (body.length > MAX_BLOB_BYTES) return send(res, 400, { error: "BlobTooLarge", message: `This file is too large. It is ${body.length} bytes but the maximum size is ${MAX_BLOB_BYTES} bytes.` });
      const cid = `bafkreifake${blobs.length}`;
      blobs.push({ cid, mime, bytes: body.length });
      return send(res, 200, { blob: { $type: "blob", ref: { $link: cid }, mimeType: mime, size: body.length } });
    }
    if (path === "/xrpc/com.atproto.repo.createRecord") {
      const json = parse(body) as { repo?: unknown; collection?: unknown; rkey?: unknown; record?: Record<string, unknown> } | null;
      if (!json || json.repo !== DID) return send(res, 400, { error: "InvalidRequest", message: "repo must be the session's DID" });
      if (json.collection !== "app.bsky.feed.post") return send(res, 400, { error: "InvalidRequest", message: "collection" });
      const problem = checkPost(json.record, blobs);
      if (problem) return send(res, 400, { error: "InvalidRequest", message: problem });
      if (json.rkey !== undefined && (typeof json.rkey !== "string" || !TID.test(json.rkey))) return send(res, 400, { error: "InvalidRequest", message: "Invalid record key: must be a TID" });
      const uri = `at://${DID}/app.bsky.feed.post/${typeof json.rkey === "string" ? json.rkey : `3kfake${posts.length}`}`;
      if (posts.some((post) => post.uri === uri)) return send(res, 400, { error: "InvalidRequest", message: `Record already exists: ${uri}` });
      posts.push({ uri, record: json.record! });
      if (behaviour.dropCreateAnswers) {
        behaviour.dropCreateAnswers--;
        req.socket.destroy();
        return;
      }
      return send(res, 200, { uri, cid: `bafyreifake${posts.length}` });
    }
    if (path === "/xrpc/com.atproto.repo.deleteRecord") {
      const json = parse(body);
      const uri = `at://${String(json?.repo)}/${String(json?.collection)}/${String(json?.rkey)}`;
      if (json?.repo !== DID || !posts.some((post) => post.uri === uri)) return send(res, 400, { error: "InvalidRequest", message: "no such record" });
      deleted.push(uri);
      return send(res, 200, {});
    }
    send(res, 404, { error: "MethodNotImplemented" });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, handle, appPassword, posts, blobs, deleted, requests, behave: (next) => void (behaviour = { ...next }), close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function checkPost(record: Record<string, unknown> | undefined, blobs: { cid: string }[]): string | null {
  if (!record || record.$type !== "app.bsky.feed.post") return "record.$type must be app.bsky.feed.post";
  const text = record.text;
  if (typeof text !== "string") return "text required";
  if (typeof record.createdAt !== "string" || Number.isNaN(Date.parse(record.createdAt))) return "createdAt required";
  const graphemes = [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)].length;
  const bytes = Buffer.from(text, "utf8");
  if (graphemes > 300 || bytes.length > 3000) return "Record/text must not be longer than 300 graphemes";
  for (const facet of (record.facets as { index?: { byteStart?: number; byteEnd?: number }; features?: { $type?: string; uri?: string; tag?: string }[] }[] | undefined) ?? []) {
    const start = facet.index?.byteStart;
    const end = facet.index?.byteEnd;
    if (typeof start !== "number" || typeof end !== "number" || start < 0 || end > bytes.length || start >= end) return "facet index out of the text";
    const covered = bytes.subarray(start, end).toString("utf8");
    for (const feature of facet.features ?? []) {
      if (feature.$type === "app.bsky.richtext.facet#link" && covered !== feature.uri) return `link facet covers "${covered}", not ${feature.uri}`;
      if (feature.$type === "app.bsky.richtext.facet#tag" && covered !== `#${feature.tag}`) return `tag facet covers "${covered}", not #${feature.tag}`;
    }
  }
  const embed = record.embed as { $type?: string; images?: { alt?: unknown; image?: { ref?: { $link?: string } } }[] } | undefined;
  if (embed) {
    if (embed.$type !== "app.bsky.embed.images" || !Array.isArray(embed.images)) return "unsupported embed";
    for (const image of embed.images) {
      if (typeof image.alt !== "string") return "image alt required";
      if (!blobs.some((blob) => blob.cid === image.image?.ref?.$link)) return "unknown blob";
    }
  }
  return null;
}

function parse(body: Buffer): Record<string, unknown> | null {
  try {
    return JSON.parse(body.toString("utf8")) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
