import { outboundFetch } from "../../outbound/guard-outbound-connections";
import { retryAfterSeconds } from "./retry-after";
import type { DeliveryQueue } from "./mastodon-delivery";
import type { LocalStatusIds } from "./mastodon-local-ids";
import { statusToPayload, type MastodonStatus } from "./mastodon-status";
import { compareIds } from "./mastodon-ids";

/**
 * The REST side of the Mastodon connector: GET /api/v1/timelines/tag/:hashtag
 * with `min_id`, following `Link: rel="prev"` pages oldest first. It is the
 * whole connector without a token, and the catch-up from the cursor before
 * every (re)opened stream with one.
 */
export class MastodonHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const USER_AGENT = "Vigie (veille de crise)";
const PAGE = 40;

export type Sleep = (ms: number) => Promise<void>;
export type TagLane = { instance: string; tag: string; key: string };

export function tagLanes(instances: string[], hashtags: string[]): TagLane[] {
  return instances.flatMap((raw) => {
    const instance = raw.replace(/\/$/, "");
    return hashtags.map((hashtag) => {
      const tag = hashtag.replace(/^#/, "");
      return { instance, tag, key: `${instance}#${tag.toLowerCase()}` };
    });
  });
}

export function authHeaders(token: string | null): Record<string, string> {
  const headers: Record<string, string> = { accept: "application/json", "user-agent": USER_AGENT };
  if (token) headers.authorization = `Bearer ${token}`;
  return headers;
}

export function refusedToken(host: string, status: number): MastodonHttpError {
  return new MastodonHttpError(status, `${host}: access token refused (HTTP ${status})`);
}

type TagResult = { kind: "ok"; statuses: MastodonStatus[]; hasNewer: boolean } | { kind: "wait"; ms: number };

export async function fetchTag(instance: string, tag: string, minId: string | undefined, options: { token: string | null; signal: AbortSignal; sleep: Sleep }): Promise<TagResult> {
  const url = new URL(`/api/v1/timelines/tag/${encodeURIComponent(tag)}`, instance);
  url.searchParams.set("limit", String(PAGE));
  if (minId) url.searchParams.set("min_id", minId);
  const response = await outboundFetch(url, { headers: authHeaders(options.token), signal: AbortSignal.any([options.signal, AbortSignal.timeout(30_000)]) });
  if (response.status === 429) {
    await response.body?.cancel();
    return { kind: "wait", ms: retryAfterSeconds(response.headers.get("retry-after")) * 1000 };
  }
  if (response.status === 401 || response.status === 403) throw refusedToken(url.host, response.status);
  if (!response.ok) throw new MastodonHttpError(response.status, `${url.host} answered HTTP ${response.status}`);
  const statuses = (await response.json()) as MastodonStatus[];
  if (!Array.isArray(statuses)) throw new MastodonHttpError(502, `${url.host}: unexpected answer`);
  // No requests left in this window: wait for its reset before the next call.
  if (response.headers.get("x-ratelimit-remaining") === "0") {
    const reset = Date.parse(response.headers.get("x-ratelimit-reset") ?? "");
    if (!Number.isNaN(reset)) await options.sleep(Math.max(0, reset - Date.now()));
  }
  return { kind: "ok", statuses, hasNewer: /rel="prev"/.test(response.headers.get("link") ?? "") && statuses.length >= PAGE };
}

/**
 * Everything newer than the lane's cursor, page by page, each page committed
 * with the cursor that follows it. Without a cursor, the latest page only.
 * A 429 waits for Retry-After and asks again.
 */
export async function catchUpTag(options: {
  lane: TagLane;
  queue: DeliveryQueue;
  ids: LocalStatusIds;
  token: string | null;
  signal: AbortSignal;
  sleep: Sleep;
  maxPages: number;
}): Promise<void> {
  const { lane, queue, ids } = options;
  const host = new URL(lane.instance).host;
  let minId = queue.position(lane.key);
  for (let page = 0; page < options.maxPages && !options.signal.aborted; ) {
    const result = await fetchTag(lane.instance, lane.tag, minId, options);
    if (result.kind === "wait") {
      await options.sleep(result.ms);
      continue;
    }
    page++;
    if (result.statuses.length === 0) return;
    const ordered = [...result.statuses].sort((a, b) => compareIds(a.id ?? "", b.id ?? ""));
    for (const status of ordered) ids.rememberStatus(host, status);
    const newest = ordered.at(-1)?.id;
    queue.push(
      ordered.map((status) => statusToPayload(status, lane.instance)),
      { key: lane.key, id: newest },
    );
    await queue.flush();
    minId = queue.position(lane.key);
    if (!minId || !result.hasNewer) return;
  }
}
