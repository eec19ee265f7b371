import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * A fake Mastodon instance on 127.0.0.1, speaking the documented wire format:
 * - GET /api/v1/timelines/tag/:hashtag — newest first, `limit`, `min_id`
 *   (the statuses just above it), `since_id`, `max_id`, a `Link` header with
 *   rel="next"/"prev", X-RateLimit headers;
 * - GET /api/v2/instance and /api/v1/instance — the streaming URL;
 * - GET /api/v1/accounts/verify_credentials — the token check;
 * - WebSocket /api/v1/streaming?stream=hashtag&tag=… on the same port (also the
 *   `{"type":"subscribe"}` messages), frames `{"stream":["hashtag","<tag>"],
 *   "event":"update"|"status.update"|"delete","payload":"…"}` where the payload
 *   is the Status serialised to a string, or the bare id for a delete.
 * The token (Authorization: Bearer, Sec-WebSocket-Protocol or access_token) is
 * checked on REST (a wrong one is refused, none is fine: public timelines) and
 * on the upgrade (401 unless right). Tests post, edit and delete statuses,
 * send raw frames, drop every socket, and make REST answer 429 or 500.
 */
export type FakeStatus = {
  id: string;
  uri: string;
  url: string;
  created_at: string;
  edited_at: string | null;
  content: string;
  spoiler_text: string;
  visibility: string;
  language: string | null;
  account: { id: string; username: string; acct: string; display_name: string; url: string };
  media_attachments: unknown[];
  reblog: FakeStatus | null;
  in_reply_to_id: string | null;
  tags: { name: string; url: string }[];
  [extra: string]: unknown;
};

/** A status as Mastodon serialises it; `n` orders ids and dates, `extra` overrides any field. */
export function fakeStatus(n: number, extra: Partial<FakeStatus> = {}): FakeStatus {
  return {
    id: String(110_000_000_000 + n),
    uri: `https://piaille.example/users/marie/statuses/${n}`,
    url: `https://piaille.example/@marie/${n}`,
    created_at: new Date(Date.UTC(2026, 11, 1, 8, 0, n)).toISOString(),
    edited_at: null,
    content: `<p>L&#39;eau monte à Dax, message ${n} <a href="https://piaille.example/tags/crue" class="mention hashtag" rel="tag">#<span>crue</span></a></p>`,
    spoiler_text: "",
    visibility: "public",
    language: "fr",
    account: { id: "1", username: "marie", acct: "marie@piaille.example", display_name: "Marie 🌊", url: "https://piaille.example/@marie" },
    media_attachments: [],
    reblog: null,
    in_reply_to_id: null,
    tags: [{ name: "crue", url: "https://piaille.example/tags/crue" }],
    ...extra,
  };
}

export type FakeMastodonOptions = {
  /** The access token the instance accepts; null: any (or none). */
  token?: string | null;
  /** false: no streaming server (upgrades answer 404, the instance endpoints name none). */
  streaming?: boolean;
};

export type FakeMastodon = {
  /** http://127.0.0.1:<port> */
  url: string;
  host: string;
  /** The timeline, oldest first (tests may read it; use the methods to change it). */
  statuses: FakeStatus[];
  /** Path and query of every REST request, in order. */
  requests: string[];
  /** WebSocket upgrades accepted so far. */
  connections(): number;
  openSockets(): number;
  /** Waits until at least `count` upgrades have been accepted in total. */
  waitForConnections(count: number, timeoutMs?: number): Promise<void>;
  /** Adds statuses to the timeline and streams an `update` to the sockets following their tags. */
  post(...statuses: FakeStatus[]): void;
  /** Adds statuses to the timeline without streaming them. */
  postQuietly(...statuses: FakeStatus[]): void;
  /** Changes a status's content and streams `status.update`. */
  edit(id: string, content: string): void;
  /** Removes a status and streams `delete` with its id. */
  remove(id: string): void;
  /** Sends a text frame as is to every open socket. */
  sendRaw(frame: string): void;
  /** Cuts every socket (as a restarting streaming server would). */
  dropSockets(): void;
  /** The next `count` timeline requests answer `status` (a burst of 500s). */
  failNext(count: number, status?: number): void;
  /** The next timeline request answers 429 with Retry-After. */
  rateLimitNext(retryAfterSeconds: number): void;
  /** Changes the accepted token (a revoked token: a new value). */
  setToken(token: string | null): void;
  /** Back to a fresh instance between tests: no status, request, socket, failure; the first token. */
  reset(): void;
  close(): Promise<void>;
};

export async function startFakeMastodon(options: FakeMastodonOptions = {}): Promise<FakeMastodon> {
  let token = options.token ?? null;
  const streaming = options.streaming ?? true;
  const statuses: FakeStatus[] = [];
  const requests: string[] = [];
  const sockets = new Map<WebSocket, Set<string>>();
  let connections = 0;
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  let retryAfter: number | null = null;
  const wss = new WebSocketServer({ noServer: true });
  let base = "";

  const presented = (req: IncomingMessage, url: URL): string | null => {
    const header = req.headers.authorization;
    if (header?.startsWith("Bearer ")) return header.slice(7);
    const protocol = req.headers["sec-websocket-protocol"];
    if (typeof protocol === "string" && protocol.trim()) return protocol.split(",")[0].trim();
    return url.searchParams.get("access_token");
  };

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(body));

  const hasTag = (status: FakeStatus, tag: string) => (status.reblog ?? status).tags.some((t) => t.name.toLowerCase() === tag) || status.tags.some((t) => t.name.toLowerCase() === tag);

  function handle(req: IncomingMessage, res: ServerResponse) {
    requests.push(req.url ?? "");
    const url = new URL(req.url ?? "/", base);
    const given = presented(req, url);
    if (token && given !== null && given !== token) return json(res, 401, { error: "The access token is invalid" });
    if (url.pathname === "/api/v2/instance") {
      return json(res, 200, { domain: url.host, title: "Fake", configuration: { urls: { streaming: streaming ? base.replace(/^http/, "ws") : null } } });
    }
    if (url.pathname === "/api/v1/instance") return json(res, 200, { uri: url.host, title: "Fake", urls: streaming ? { streaming_api: base.replace(/^http/, "ws") } : {} });
    if (url.pathname === "/api/v1/accounts/verify_credentials") {
      if (!token || given !== token) return json(res, 401, { error: "The access token is invalid" });
      return json(res, 200, { id: "42", username: "vigie", acct: "vigie" });
    }
    if (!url.pathname.startsWith("/api/v1/timelines/tag/")) return json(res, 404, { error: "Record not found" });
    if (retryAfter !== null) {
      const seconds = retryAfter;
      retryAfter = null;
      return json(res, 429, { error: "Too many requests" }, { "retry-after": String(seconds) });
    }
    if (failures.count > 0) {
      failures.count--;
      return json(res, failures.status, { error: "Internal server error" });
    }
    const tag = decodeURIComponent(url.pathname.split("/").at(-1) ?? "").toLowerCase();
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 20) || 20, 40);
    const minId = url.searchParams.get("min_id");
    const sinceId = url.searchParams.get("since_id");
    const maxId = url.searchParams.get("max_id");
    let newestFirst = statuses.filter((s) => hasTag(s, tag)).sort((a, b) => compare(b.id, a.id));
    if (maxId) newestFirst = newestFirst.filter((s) => compare(s.id, maxId) < 0);
    if (sinceId) newestFirst = newestFirst.filter((s) => compare(s.id, sinceId) > 0);
    // min_id: the statuses just above it (the oldest of the newer ones), still newest first.
    const page = minId ? newestFirst.filter((s) => compare(s.id, minId) > 0).slice(-limit) : newestFirst.slice(0, limit);
    const headers: Record<string, string> = { "x-ratelimit-limit": "300", "x-ratelimit-remaining": "299", "x-ratelimit-reset": new Date(Date.now() + 300_000).toISOString() };
    if (page.length) {
      const path = `${base}/api/v1/timelines/tag/${encodeURIComponent(tag)}`;
      headers.link = `<${path}?max_id=${page.at(-1)!.id}>; rel="next", <${path}?min_id=${page[0].id}>; rel="prev"`;
    }
    json(res, 200, page, headers);
  }

  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    const url = new URL(req.url ?? "/", base);
    const refuse = (status: number, reason: string, body: unknown) => {
      const text = JSON.stringify(body);
      socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`);
    };
    if (!streaming || url.pathname !== "/api/v1/streaming") return refuse(404, "Not Found", { error: "Not found" });
    if (token && presented(req, url) !== token) return refuse(401, "Unauthorized", { error: "Error: Invalid access token" });
    const stream = url.searchParams.get("stream");
    if (stream && stream !== "hashtag") return refuse(400, "Bad Request", { error: "Unknown channel requested" });
    wss.handleUpgrade(req, socket, head, (ws) => {
      connections++;
      const tags = new Set<string>();
      const tag = url.searchParams.get("tag");
      if (stream === "hashtag" && tag) tags.add(tag.toLowerCase());
      sockets.set(ws, tags);
      ws.on("message", (data) => {
        try {
          const message = JSON.parse(String(data)) as { type?: string; stream?: string; tag?: string };
          if (message.stream !== "hashtag" || !message.tag) return ws.send(JSON.stringify({ error: "Unknown stream type", status: 400 }));
          if (message.type === "subscribe") tags.add(message.tag.toLowerCase());
          if (message.type === "unsubscribe") tags.delete(message.tag.toLowerCase());
        } catch {
          ws.send(JSON.stringify({ error: "Invalid JSON", status: 400 }));
        }
      });
      ws.on("close", () => sockets.delete(ws));
    });
  }

  const broadcast = (status: FakeStatus, event: string, payload: string) => {
    for (const [ws, tags] of sockets) {
      for (const tag of tags) {
        if (hasTag(status, tag)) ws.send(JSON.stringify({ stream: ["hashtag", tag], event, payload }));
      }
    }
  };

  const server = createServer(handle);
  server.on("upgrade", upgrade);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    host: new URL(base).host,
    statuses,
    requests,
    connections: () => connections,
    openSockets: () => sockets.size,
    async waitForConnections(count, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (connections < count) {
        if (Date.now() > until) throw new Error(`fake Mastodon: ${connections} connection(s), expected ${count}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    post(...added) {
      statuses.push(...added);
      for (const status of added) broadcast(status, "update", JSON.stringify(status));
    },
    postQuietly(...added) {
      statuses.push(...added);
    },
    edit(id, content) {
      const status = statuses.find((s) => s.id === id);
      if (!status) throw new Error(`fake Mastodon: no status ${id}`);
      status.content = content;
      status.edited_at = new Date().toISOString();
      broadcast(status, "status.update", JSON.stringify(status));
    },
    remove(id) {
      const index = statuses.findIndex((s) => s.id === id);
      if (index < 0) throw new Error(`fake Mastodon: no status ${id}`);
      const [status] = statuses.splice(index, 1);
      broadcast(status, "delete", status.id);
    },
    sendRaw(frame) {
      for (const ws of sockets.keys()) ws.send(frame);
    },
    dropSockets() {
      for (const ws of sockets.keys()) ws.terminate();
      sockets.clear();
    },
    failNext(count, status = 500) {
      failures = { count, status };
    },
    rateLimitNext(seconds) {
      retryAfter = seconds;
    },
    setToken(next) {
      token = next;
    },
    reset() {
      for (const ws of sockets.keys()) ws.terminate();
      sockets.clear();
      statuses.length = 0;
      requests.length = 0;
      connections = 0;
      failures = { count: 0, status: 500 };
      retryAfter = null;
      token = options.token ?? null;
    },
    async close() {
      for (const ws of sockets.keys()) ws.terminate();
      sockets.clear();
      wss.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function compare(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}
