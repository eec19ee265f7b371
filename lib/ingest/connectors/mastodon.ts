import { z } from "zod";
import type { Connector, ConnectorContext } from "../connector";
import { retryAfterSeconds } from "./retry-after";
import { statusToPayload, type MastodonStatus } from "./mastodon-status";

/**
 * Mastodon hashtag timelines over REST (GET /api/v1/timelines/tag/:hashtag),
 * on several instances. The first fetch takes the latest page; later polls
 * ask for what is newer with `min_id`, following the `Link: rel="prev"` pages
 * until none is left, oldest first. The newest id per instance and hashtag is
 * the cursor. Rate limits: waits when X-RateLimit-Remaining reaches zero and
 * honours Retry-After on 429. An access token is optional (public timelines).
 */
const configSchema = z.object({
  instances: z.array(z.url()).min(1).max(10),
  hashtags: z.array(z.string().trim().regex(/^#?[\p{L}\p{N}_]+$/u)).min(1).max(20),
  intervalSeconds: z.number().int().min(5).max(3600).default(30),
});

type MastodonCursor = Record<string, string>; // "<instance>#<tag>" → newest status id seen

export class MastodonHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function mastodonConnector(): Connector {
  return {
    async run(ctx: ConnectorContext) {
      const config = configSchema.parse(ctx.source.config);
      let cursor: MastodonCursor = {};
      try {
        if (ctx.cursor) cursor = JSON.parse(ctx.cursor) as MastodonCursor;
      } catch {
        // A lost cursor costs one page again; statuses are stored once anyway.
      }
      while (!ctx.signal.aborted) {
        for (const instance of config.instances) {
          for (const raw of config.hashtags) {
            if (ctx.signal.aborted) return;
            const tag = raw.replace(/^#/, "");
            const key = `${instance.replace(/\/$/, "")}#${tag.toLowerCase()}`;
            let minId = cursor[key];
            // Newer pages, oldest first, until the instance has nothing newer.
            for (let page = 0; page < 20; page++) {
              const result = await fetchTag(instance, tag, minId, ctx);
              if (result.kind === "wait") {
                await ctx.sleep(result.ms);
                break;
              }
              if (result.statuses.length === 0) break;
              const ordered = [...result.statuses].sort((a, b) => compareIds(a.id ?? "", b.id ?? ""));
              const newest = ordered.at(-1)?.id ?? minId;
              cursor = { ...cursor, [key]: newest! };
              await ctx.deliver(ordered.map((status) => statusToPayload(status, instance)), JSON.stringify(cursor));
              minId = newest;
              if (!minId || !result.hasNewer) break;
            }
          }
        }
        await ctx.sleep(config.intervalSeconds * 1000);
      }
    },
  };
}

type TagResult = { kind: "ok"; statuses: MastodonStatus[]; hasNewer: boolean } | { kind: "wait"; ms: number };

async function fetchTag(instance: string, tag: string, minId: string | undefined, ctx: ConnectorContext): Promise<TagResult> {
  const url = new URL(`/api/v1/timelines/tag/${encodeURIComponent(tag)}`, instance);
  url.searchParams.set("limit", "40");
  if (minId) url.searchParams.set("min_id", minId);
  const headers: Record<string, string> = { accept: "application/json", "user-agent": "Vigie (veille de crise)" };
  if (ctx.source.secret) headers.authorization = `Bearer ${ctx.source.secret}`;
  const response = await fetch(url, { headers, signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(30_000)]) });
  if (response.status === 429) return { kind: "wait", ms: retryAfterSeconds(response.headers.get("retry-after")) * 1000 };
  if (response.status === 401 || response.status === 403) throw new MastodonHttpError(response.status, `${url.host}: access token refused (HTTP ${response.status})`);
  if (!response.ok) throw new MastodonHttpError(response.status, `${url.host} answered HTTP ${response.status}`);
  const statuses = (await response.json()) as MastodonStatus[];
  if (!Array.isArray(statuses)) throw new MastodonHttpError(502, `${url.host}: unexpected answer`);
  // No requests left in this window: wait for its reset before the next call.
  if (response.headers.get("x-ratelimit-remaining") === "0") {
    const reset = Date.parse(response.headers.get("x-ratelimit-reset") ?? "");
    if (!Number.isNaN(reset)) await ctx.sleep(Math.max(0, reset - Date.now()));
  }
  return { kind: "ok", statuses, hasNewer: /rel="prev"/.test(response.headers.get("link") ?? "") && statuses.length >= 40 };
}

/** Mastodon ids are numeric strings (snowflake-like) that outgrow Number: compare by length, then text. */
export function compareIds(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}
