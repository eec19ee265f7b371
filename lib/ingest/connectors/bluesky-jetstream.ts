import { guardedSocketOptions } from "../../outbound/guard-outbound-connections";
import WebSocket from "ws";
import type { WatchFilter } from "../watch-filter";
import { unparseable } from "../schemas";
import { postUri, recordToPayload, type BlueskyRecord } from "./bluesky-record";

/**
 * Follows Bluesky's Jetstream (JSON over WebSocket, `wantedCollections=
 * app.bsky.feed.post`). The whole network's posts flow through it, so each
 * event is filtered here, as it arrives, by the activation's keywords and
 * languages; only what matches is queued. Deletions and edits are kept only
 * for posts this activation stored (checked in one query per batch), since a
 * deletion of an unknown post would otherwise leave a tombstone.
 *
 * Resume: the cursor is the `time_us` of the last event handled, saved with
 * the batch; a reconnection asks for events from a few seconds before it
 * (Jetstream replays from any cursor), and the pipeline stores a post once.
 */
export type JetstreamEvent = {
  did?: string;
  time_us?: number;
  kind?: string;
  commit?: { operation?: string; collection?: string; rkey?: string; record?: BlueskyRecord };
  identity?: { did?: string; handle?: string };
};

export type JetstreamBatch = { payloads: unknown[]; candidates: { externalId: string; payload: unknown }[]; timeUs: number };

export type JetstreamOptions = {
  url: string;
  /** Microseconds; null starts live. */
  cursorUs: number | null;
  rewindSeconds: number;
  filter: () => WatchFilter;
  /** Called with each batch; resolves once it is committed. */
  flush: (batch: JetstreamBatch) => Promise<void>;
  signal: AbortSignal;
  /** No event for this long means a dead connection. */
  idleMs?: number;
};

const BATCH_SIZE = 200;
const BATCH_MS = 500;
// Even when nothing matches, the cursor is saved this often, so a restart does not replay hours of firehose.
const CURSOR_SAVE_MS = 5_000;

export function jetstreamUrl(base: string, cursorUs: number | null, rewindSeconds: number): string {
  const url = new URL(base);
  url.searchParams.set("wantedCollections", "app.bsky.feed.post");
  if (cursorUs !== null) url.searchParams.set("cursor", String(Math.max(0, cursorUs - rewindSeconds * 1_000_000)));
  return url.toString();
}

/** Runs one connection until it drops (rejects with the reason) or the signal aborts (resolves). */
export function followJetstream(options: JetstreamOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const handles = new Map<string, string>();
    let batch: JetstreamBatch = { payloads: [], candidates: [], timeUs: options.cursorUs ?? 0 };
    let batchStartedAt = 0;
    let lastSavedAt = Date.now();
    let flushing: Promise<void> = Promise.resolve();
    let failed = false;
    let lastEventAt = Date.now();

    const url = jetstreamUrl(options.url, options.cursorUs, options.rewindSeconds);
    const socket = new WebSocket(url, { headers: { "user-agent": "Vigie (veille de crise)" }, ...guardedSocketOptions(url) });

    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      cleanup();
      socket.terminate();
      // Whatever was already committed stays; what was queued comes back with the rewind.
      flushing.finally(() => reject(error));
    };
    const finish = () => {
      if (failed) return;
      failed = true;
      cleanup();
      socket.close();
      flushing.then(() => resolve(), reject);
    };
    const cutBatch = () => {
      const ready = batch;
      batch = { payloads: [], candidates: [], timeUs: ready.timeUs };
      batchStartedAt = 0;
      lastSavedAt = Date.now();
      flushing = flushing.then(() => options.flush(ready));
      flushing.catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
    };
    const timer = setInterval(() => {
      const now = Date.now();
      if (now - lastEventAt > (options.idleMs ?? 60_000)) return fail(new Error(`Jetstream: no event for ${Math.round((options.idleMs ?? 60_000) / 1000)} s`));
      const hasItems = batch.payloads.length > 0 || batch.candidates.length > 0;
      if ((hasItems && now - batchStartedAt >= BATCH_MS) || (batch.timeUs !== (options.cursorUs ?? 0) && now - lastSavedAt >= CURSOR_SAVE_MS)) cutBatch();
    }, 100);
    const onAbort = () => finish();
    options.signal.addEventListener("abort", onAbort, { once: true });
    function cleanup() {
      clearInterval(timer);
      options.signal.removeEventListener("abort", onAbort);
    }

    socket.on("unexpected-response", (_request, response) => {
      fail(new Error(response.statusCode === 429 ? "Jetstream: too many connections (HTTP 429)" : `Jetstream refused the connection (HTTP ${response.statusCode})`));
    });
    socket.on("error", (error) => fail(new Error(`Jetstream: ${error.message}`)));
    socket.on("close", (code) => fail(new Error(`Jetstream connection closed (code ${code})`)));
    socket.on("message", (data) => {
      lastEventAt = Date.now();
      const text = data.toString();
      let event: JetstreamEvent;
      try {
        event = JSON.parse(text) as JetstreamEvent;
      } catch {
        queue(unparseable("bluesky: Jetstream frame is not JSON", text.slice(0, 2000)));
        return;
      }
      handle(event, text);
    });

    function queue(payload: unknown) {
      if (batchStartedAt === 0) batchStartedAt = Date.now();
      batch.payloads.push(payload);
      if (batch.payloads.length + batch.candidates.length >= BATCH_SIZE) cutBatch();
    }

    function handle(event: JetstreamEvent, text: string) {
      if (typeof event.time_us !== "number" || typeof event.did !== "string" || typeof event.kind !== "string") {
        queue(unparseable("bluesky: Jetstream event without did, time_us or kind", text.slice(0, 2000)));
        return;
      }
      batch.timeUs = Math.max(batch.timeUs, event.time_us);
      if (event.kind === "identity" && event.identity?.handle) return void handles.set(event.did, event.identity.handle);
      if (event.kind !== "commit" || event.commit?.collection !== "app.bsky.feed.post") return;
      const { operation, rkey, record } = event.commit;
      if (!rkey) return queue(unparseable("bluesky: commit without rkey", text.slice(0, 2000)));
      const externalId = postUri(event.did, rkey);
      if (operation === "delete") return candidate(externalId, { kind: "delete", network: "bluesky", externalId });
      if (!record || typeof record.text !== "string") return queue(unparseable(`bluesky: ${operation ?? "commit"} without a post record`, text.slice(0, 2000)));
      if (operation === "update") return candidate(externalId, { kind: "edit", network: "bluesky", externalId, text: record.text });
      if (operation !== "create") return;
      const verdict = options.filter()({ text: record.text, lang: record.langs?.[0]?.toLowerCase().split("-")[0] ?? null, geoLat: null, geoLon: null });
      if (!verdict.keep) return;
      queue(recordToPayload({ did: event.did, rkey, record, handle: handles.get(event.did) ?? null }));
    }

    function candidate(externalId: string, payload: unknown) {
      if (batchStartedAt === 0) batchStartedAt = Date.now();
      batch.candidates.push({ externalId, payload });
      if (batch.payloads.length + batch.candidates.length >= BATCH_SIZE) cutBatch();
    }
  });
}
