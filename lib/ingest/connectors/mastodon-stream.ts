import { guardedSocketOptions, outboundFetch } from "../../outbound/guard-outbound-connections";
import WebSocket from "ws";
import type { DeliveryQueue } from "./mastodon-delivery";
import { readFrame } from "./mastodon-frames";
import { findPostByLocalId, type LocalStatusIds } from "./mastodon-local-ids";
import { catchUpTag, MastodonHttpError, refusedToken, USER_AGENT, type Sleep, type TagLane } from "./mastodon-rest";
import { retryAfterSeconds } from "./retry-after";
import { statusToEdit, statusToPayload } from "./mastodon-status";

/**
 * One instance × hashtag over Mastodon's streaming WebSocket
 * (/api/v1/streaming?stream=hashtag&tag=…, token in the Authorization header).
 * Each round opens the socket first and holds its frames, then catches up over
 * REST from the cursor, then plays the held frames and the live ones: nothing
 * posted between the last committed status and the open socket is missed, and
 * what both carry is stored once (posts are unique per externalId). A dropped
 * socket starts a new round; a stream the instance does not offer falls back
 * to REST polling.
 */
const PING_EVERY_MS = 30_000;

export type StreamLaneOptions = {
  lane: TagLane;
  streamingBase: string;
  token: string;
  queue: DeliveryQueue;
  ids: LocalStatusIds;
  source: { id: string; activationId: string };
  intervalSeconds: number;
  signal: AbortSignal;
  sleep: Sleep;
};

export async function runStreamLane(options: StreamLaneOptions): Promise<void> {
  const { lane, signal } = options;
  let shortRounds = 0;
  while (!signal.aborted) {
    let socket: WebSocket;
    try {
      socket = await openStream(streamUrl(options.streamingBase, lane.tag), options.token, signal);
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof StreamRefused && error.retryAfterMs !== null) {
        await options.sleep(error.retryAfterMs);
        continue;
      }
      if (error instanceof StreamRefused && error.status !== 401 && error.status !== 403 && error.status < 500) {
        // No streaming here (404, 400): the lane keeps going by polling, the way it does without a token.
        console.warn(`[ingest] ${lane.key}: no streaming (HTTP ${error.status}), polling instead`);
        return pollLane(options);
      }
      throw error;
    }
    const openedAt = Date.now();
    await playRound(socket, options);
    if (signal.aborted) return;
    // A socket that keeps dropping right after opening must not be reopened in a tight loop.
    shortRounds = Date.now() - openedAt < 10_000 ? shortRounds + 1 : 0;
    if (shortRounds > 0) await options.sleep(Math.min(30_000, 250 * 2 ** (shortRounds - 1)) * (0.5 + Math.random()));
  }
}

async function playRound(socket: WebSocket, options: StreamLaneOptions): Promise<void> {
  const { lane, signal, queue } = options;
  const host = new URL(lane.instance).host;
  const frames: string[] = [];
  let closed = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  socket.on("message", (data: WebSocket.RawData) => {
    frames.push(Buffer.isBuffer(data) ? data.toString("utf8") : Array.isArray(data) ? Buffer.concat(data).toString("utf8") : Buffer.from(data).toString("utf8"));
    notify();
  });
  socket.on("close", () => {
    closed = true;
    notify();
  });
  socket.on("error", () => undefined); // followed by "close"
  let alive = true;
  socket.on("pong", () => (alive = true));
  const ping = setInterval(() => {
    if (!alive) return socket.terminate(); // silent half-open connection
    alive = false;
    socket.ping();
  }, PING_EVERY_MS);
  // Closes politely but stops reading at once: a server slow to answer the close must not hold the source's stop.
  const stop = () => {
    socket.close(1000);
    notify();
  };
  signal.addEventListener("abort", stop, { once: true });
  try {
    await catchUpTag({ lane, queue, ids: options.ids, token: options.token, signal, sleep: options.sleep, maxPages: Number.POSITIVE_INFINITY });
    for (;;) {
      const text = frames.shift();
      if (text !== undefined) {
        await handleFrame(text, host, options);
        continue;
      }
      if (closed || signal.aborted) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    await queue.flush();
  } finally {
    clearInterval(ping);
    signal.removeEventListener("abort", stop);
    if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) socket.terminate();
  }
}

async function handleFrame(text: string, host: string, options: StreamLaneOptions): Promise<void> {
  const { lane, queue, ids } = options;
  const frame = readFrame(text, host);
  switch (frame.kind) {
    case "ignore":
      return;
    case "error":
      throw frame.error;
    case "unparseable":
      return queue.push([frame.payload]);
    case "update":
      ids.rememberStatus(host, frame.status);
      return queue.push([statusToPayload(frame.status, lane.instance)], { key: lane.key, id: frame.status.id });
    case "edit":
      ids.rememberStatus(host, frame.status);
      // The post as well as the edit: stored if this source never had it (the edit may be what
      // brought the hashtag), a no-op otherwise; the edit then replaces the text, keeping the old.
      return queue.push([statusToPayload(frame.status, lane.instance), statusToEdit(frame.status, lane.instance)]);
    case "delete": {
      const externalId = ids.get(host, frame.localId) ?? (await findPostByLocalId({ activationId: options.source.activationId, sourceId: options.source.id, host, localId: frame.localId }));
      // A status this source never stored: nothing to delete (and no tombstone to invent).
      if (externalId) queue.push([{ kind: "delete", network: "mastodon", externalId }]);
      return;
    }
  }
}

async function pollLane(options: StreamLaneOptions): Promise<void> {
  while (!options.signal.aborted) {
    await catchUpTag({ ...options, maxPages: 20 });
    await options.sleep(options.intervalSeconds * 1000);
  }
}

class StreamRefused extends MastodonHttpError {
  constructor(
    status: number,
    message: string,
    readonly retryAfterMs: number | null,
  ) {
    super(status, message);
  }
}

/** The WebSocket address of a hashtag's stream, from the streaming base (http(s) or ws(s)). */
export function streamUrl(base: string, tag: string): URL {
  const url = new URL("/api/v1/streaming", base);
  url.protocol = url.protocol === "https:" || url.protocol === "wss:" ? "wss:" : "ws:";
  url.searchParams.set("stream", "hashtag");
  url.searchParams.set("tag", tag);
  return url;
}

/** Resolves with the open socket; a refused upgrade rejects with its HTTP status. */
export function openStream(url: URL, token: string, signal: AbortSignal): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers: { authorization: `Bearer ${token}`, "user-agent": USER_AGENT }, handshakeTimeout: 15_000, ...guardedSocketOptions(url) });
    const abort = () => {
      socket.terminate();
      reject(signal.reason ?? new Error("aborted"));
    };
    const settle = () => signal.removeEventListener("abort", abort);
    if (signal.aborted) return abort();
    signal.addEventListener("abort", abort, { once: true });
    socket.on("error", (error) => {
      settle();
      reject(error);
    });
    socket.once("unexpected-response", (request, response) => {
      settle();
      const status = response.statusCode ?? 502;
      response.resume();
      const retryAfterMs = status === 429 ? retryAfterSeconds(response.headers["retry-after"] ?? null) * 1000 : null;
      reject(
        status === 401 || status === 403
          ? new StreamRefused(status, refusedToken(url.host, status).message, null)
          : new StreamRefused(status, `${url.host}: streaming answered HTTP ${status}`, retryAfterMs),
      );
      request.destroy();
      socket.terminate();
    });
    socket.once("open", () => {
      settle();
      resolve(socket);
    });
  });
}

/**
 * Where the instance serves its stream: /api/v2/instance
 * (configuration.urls.streaming), else /api/v1/instance (urls.streaming_api),
 * else the instance itself.
 */
export async function discoverStreamingBase(instance: string, signal: AbortSignal): Promise<string> {
  const read = async (path: string, pick: (body: unknown) => unknown): Promise<string | null> => {
    try {
      const response = await outboundFetch(new URL(path, instance), { headers: { accept: "application/json", "user-agent": USER_AGENT }, signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]) });
      if (!response.ok) {
        await response.body?.cancel();
        return null;
      }
      const value = pick(await response.json());
      if (typeof value !== "string" || !/^(wss?|https?):\/\//.test(value)) return null;
      // The token goes to this address: never from an https instance to a clear-text stream.
      if (instance.startsWith("https:") && /^(ws|http):/.test(value)) return null;
      return value;
    } catch {
      return null;
    }
  };
  type V2 = { configuration?: { urls?: { streaming?: unknown } } };
  type V1 = { urls?: { streaming_api?: unknown } };
  return (
    (await read("/api/v2/instance", (body) => (body as V2 | null)?.configuration?.urls?.streaming)) ??
    (await read("/api/v1/instance", (body) => (body as V1 | null)?.urls?.streaming_api)) ??
    instance
  );
}
