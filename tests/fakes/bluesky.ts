import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * A fake Bluesky on 127.0.0.1: a Jetstream (`/subscribe`, JSON events over
 * WebSocket, `wantedCollections`, replay from a microsecond `cursor`) and a
 * PDS answering createSession, refreshSession and searchPosts (authenticated,
 * `since`, `cursor` paging, `posts` as PostViews), with the errors the real
 * services send: 401 AuthenticationRequired, 400 ExpiredToken, 429 with
 * ratelimit headers, 5xx.
 */
export type JetstreamEventShape = Record<string, unknown> & { time_us: number };
export type FakePostView = { uri: string; cid: string; author: { did: string; handle: string; displayName?: string }; record: Record<string, unknown>; embed?: unknown; indexedAt: string };

export type FakeBluesky = {
  url: string;
  jetstreamUrl: string;
  /** Every Jetstream connection's query string. */
  connections: URLSearchParams[];
  searchRequests: URLSearchParams[];
  /** Appends an event to the log and sends it to connected clients (a raw string is sent as is: malformed frames). */
  emit: (event: JetstreamEventShape | string) => void;
  /** Appends without sending: as if emitted while the client was disconnected. */
  log: (event: JetstreamEventShape) => void;
  dropConnections: () => void;
  /** Forgets the event log, connections, requests and searchable posts (between tests). */
  reset: () => void;
  searchable: FakePostView[];
  password: string;
  expireTokens: () => void;
  failSearch: (responses: { status: number; headers?: Record<string, string> }[]) => void;
  close: () => Promise<void>;
};

export async function startFakeBluesky(options: { password?: string } = {}): Promise<FakeBluesky> {
  const events: (JetstreamEventShape | { raw: string; time_us: number })[] = [];
  const sockets = new Set<WebSocket>();
  const state = { tokenGeneration: 0, failures: [] as { status: number; headers?: Record<string, string> }[] };
  const fake = {
    connections: [] as URLSearchParams[],
    searchRequests: [] as URLSearchParams[],
    searchable: [] as FakePostView[],
    password: options.password ?? "abcd-efgh-ijkl-mnop",
  };

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(body));
  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => resolve(body));
    });
  const token = (kind: string) => `${kind}.${state.tokenGeneration}`;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method === "POST" && url.pathname === "/xrpc/com.atproto.server.createSession") {
      const body = JSON.parse((await readBody(req)) || "{}") as { identifier?: string; password?: string };
      if (body.password !== fake.password) return json(res, 401, { error: "AuthenticationRequired", message: "Invalid identifier or password" });
      return json(res, 200, { did: "did:plc:vigieassociation", handle: body.identifier, accessJwt: token("access"), refreshJwt: token("refresh"), active: true });
    }
    if (req.method === "POST" && url.pathname === "/xrpc/com.atproto.server.refreshSession") {
      if (req.headers.authorization !== `Bearer ${token("refresh")}`) return json(res, 400, { error: "ExpiredToken", message: "Token has expired" });
      return json(res, 200, { did: "did:plc:vigieassociation", handle: "vigie.example", accessJwt: token("access"), refreshJwt: token("refresh") });
    }
    if (url.pathname === "/xrpc/app.bsky.feed.searchPosts") {
      fake.searchRequests.push(url.searchParams);
      if (req.headers.authorization !== `Bearer ${token("access")}`) return json(res, 400, { error: "ExpiredToken", message: "Token has expired" });
      const failure = state.failures.shift();
      if (failure) return json(res, failure.status, { error: failure.status === 429 ? "RateLimitExceeded" : "InternalServerError", message: "fake" }, failure.headers);
      const q = (url.searchParams.get("q") ?? "").replace(/^"|"$/g, "").toLowerCase();
      const since = url.searchParams.get("since") ?? "";
      const lang = url.searchParams.get("lang");
      const matching = fake.searchable
        .filter((p) => String(p.record.text ?? "").toLowerCase().includes(q) && String(p.record.createdAt) >= since)
        .filter((p) => !lang || ((p.record.langs as string[] | undefined) ?? []).includes(lang))
        .sort((a, b) => (String(b.record.createdAt) > String(a.record.createdAt) ? 1 : -1));
      const offset = Number(url.searchParams.get("cursor") ?? 0);
      const limit = Number(url.searchParams.get("limit") ?? 25);
      const page = matching.slice(offset, offset + limit);
      return json(res, 200, { posts: page, hitsTotal: matching.length, ...(offset + limit < matching.length ? { cursor: String(offset + limit) } : {}) }, { "ratelimit-limit": "3000", "ratelimit-remaining": "2999" });
    }
    json(res, 404, { error: "MethodNotImplemented", message: "Method Not Implemented" });
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on("upgrade", (req, socket, head) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/subscribe") return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      fake.connections.push(url.searchParams);
      const wanted = url.searchParams.getAll("wantedCollections");
      const cursor = url.searchParams.get("cursor");
      sockets.add(ws);
      ws.on("close", () => sockets.delete(ws));
      // Jetstream replays from the cursor (inclusive), then goes live.
      if (cursor) for (const event of events) if (event.time_us >= Number(cursor)) send(ws, event, wanted);
    });
  });

  function send(ws: WebSocket, event: JetstreamEventShape | { raw: string; time_us: number }, wanted: string[]) {
    if ("raw" in event && typeof event.raw === "string") return ws.send(event.raw);
    const collection = (event as { commit?: { collection?: string } }).commit?.collection;
    if (collection && wanted.length && !wanted.includes(collection)) return;
    ws.send(JSON.stringify(event));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  let clock = Date.now() * 1000;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    jetstreamUrl: `ws://127.0.0.1:${port}/subscribe`,
    emit(event: JetstreamEventShape | string) {
      const entry = typeof event === "string" ? { raw: event, time_us: ++clock } : event;
      events.push(entry);
      for (const ws of sockets) send(ws, entry, fake.connections.at(-1)?.getAll("wantedCollections") ?? []);
    },
    log(event: JetstreamEventShape) {
      events.push(event);
    },
    dropConnections() {
      for (const ws of sockets) ws.terminate();
    },
    reset() {
      for (const ws of sockets) ws.terminate();
      events.length = 0;
      fake.connections.length = 0;
      fake.searchRequests.length = 0;
      fake.searchable.length = 0;
      state.failures.length = 0;
    },
    expireTokens() {
      state.tokenGeneration++;
    },
    failSearch(responses: { status: number; headers?: Record<string, string> }[]) {
      state.failures.push(...responses);
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise((resolve) => server.close(resolve));
    },
  });
}

/** A Jetstream commit event for a new post, shaped as Jetstream sends it. */
export function jetstreamPost(input: { did: string; rkey: string; timeUs: number; text: string; langs?: string[]; facets?: unknown[]; embed?: unknown; createdAt?: string }): JetstreamEventShape {
  return {
    did: input.did,
    time_us: input.timeUs,
    kind: "commit",
    commit: {
      rev: `3l${input.rkey}rev`,
      operation: "create",
      collection: "app.bsky.feed.post",
      rkey: input.rkey,
      record: {
        $type: "app.bsky.feed.post",
        createdAt: input.createdAt ?? new Date(Math.floor(input.timeUs / 1000)).toISOString(),
        langs: input.langs ?? ["fr"],
        text: input.text,
        ...(input.facets ? { facets: input.facets } : {}),
        ...(input.embed ? { embed: input.embed } : {}),
      },
      cid: `bafyreib${input.rkey}`,
    },
  };
}

export function jetstreamDelete(input: { did: string; rkey: string; timeUs: number }): JetstreamEventShape {
  return { did: input.did, time_us: input.timeUs, kind: "commit", commit: { rev: `3l${input.rkey}del`, operation: "delete", collection: "app.bsky.feed.post", rkey: input.rkey } };
}
