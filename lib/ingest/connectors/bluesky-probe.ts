import { describeError } from "../../errors";
import { guardedSocketOptions } from "../../outbound/guard-outbound-connections";
import WebSocket from "ws";
import type { ProbeResult } from "../source-kinds/source-kind-spec";
import type { BlueskyConfig } from "./bluesky";
import { jetstreamUrl } from "./bluesky-jetstream";
import { BlueskySearch } from "./bluesky-search";

/**
 * "Test connection" for Bluesky: listens to Jetstream for a few seconds and
 * counts the posts flowing (the whole network's, before any filter), and,
 * with an account, logs in and runs one search for the first term.
 */
export async function probeBluesky(config: BlueskyConfig, password: string | null, terms: string[], signal: AbortSignal): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  if (config.jetstream) results.push(await probeJetstream(config.jetstreamUrl, signal));
  if (config.identifier && password) {
    const url = `${config.serviceUrl.replace(/\/$/, "")}/xrpc/app.bsky.feed.searchPosts`;
    const term = terms[0] ?? "crue";
    try {
      const search = new BlueskySearch({ serviceUrl: config.serviceUrl, identifier: config.identifier, password }, AbortSignal.any([signal, AbortSignal.timeout(15_000)]));
      const outcome = await search.search(term, { since: new Date(Date.now() - 24 * 3600_000).toISOString(), lang: null, maxPages: 1 });
      results.push(outcome.kind === "ok" ? { url, ok: true, detail: `« ${term} » : ${outcome.payloads.length}` } : { url, ok: false, detail: `429, retry in ${Math.round(outcome.ms / 1000)} s` });
    } catch (error) {
      results.push({ url, ok: false, detail: describeError(error) });
    }
  }
  return results;
}

function probeJetstream(base: string, signal: AbortSignal, listenMs = 3000): Promise<ProbeResult> {
  const url = jetstreamUrl(base, null, 0);
  return new Promise((resolve) => {
    let events = 0;
    let socket: WebSocket;
    try {
      socket = new WebSocket(url, guardedSocketOptions(url));
    } catch (error) {
      return resolve({ url: base, ok: false, detail: (error as Error).message });
    }
    const done = (result: ProbeResult) => {
      clearTimeout(timer);
      socket.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => done({ url: base, ok: true, detail: `Jetstream : ${events} évènements en ${listenMs / 1000} s` }), listenMs);
    signal.addEventListener("abort", () => done({ url: base, ok: false, detail: "aborted" }), { once: true });
    socket.on("message", () => void events++);
    socket.on("unexpected-response", (_req, response) => done({ url: base, ok: false, detail: `HTTP ${response.statusCode}` }));
    socket.on("error", (error) => done({ url: base, ok: false, detail: error.message }));
  });
}
