import { outboundFetch } from "../../outbound/guard-outbound-connections";
import { z } from "zod";
import type { Connector, ConnectorContext } from "../connector";
import { parseFeed } from "./parse-feed";
import { retryAfterSeconds } from "./retry-after";

/**
 * RSS/Atom polling with conditional GET: each feed's ETag and Last-Modified are
 * kept in the cursor (saved with the items they brought), so an unchanged feed
 * costs a 304. A 429 waits for Retry-After; other failures throw, and the
 * source supervisor backs off and reconnects.
 */
const configSchema = z.object({
  feeds: z.array(z.url()).min(1).max(20),
  intervalSeconds: z.number().int().min(10).max(3600).default(120),
});

type FeedState = { etag?: string; lastModified?: string };
type RssCursor = { feeds: Record<string, FeedState> };

export class FeedHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function rssConnector(): Connector {
  return {
    async run(ctx: ConnectorContext) {
      const config = configSchema.parse(ctx.source.config);
      let cursor: RssCursor = { feeds: {} };
      try {
        if (ctx.cursor) cursor = JSON.parse(ctx.cursor) as RssCursor;
      } catch {
        // An unreadable cursor only costs one full fetch; items are stored once anyway.
      }
      while (!ctx.signal.aborted) {
        for (const url of config.feeds) {
          if (ctx.signal.aborted) return;
          const state = cursor.feeds[url] ?? {};
          const response = await fetchFeed(url, state, ctx.signal);
          if (response.kind === "retry-after") {
            await ctx.sleep(response.seconds * 1000);
            continue;
          }
          if (response.kind === "not-modified") continue;
          const feed = parseFeed(response.body, url);
          cursor = { feeds: { ...cursor.feeds, [url]: { etag: response.etag, lastModified: response.lastModified } } };
          await ctx.deliver(feed.items, JSON.stringify(cursor));
        }
        await ctx.sleep(config.intervalSeconds * 1000);
      }
    },
  };
}

type FetchOutcome =
  | { kind: "ok"; body: string; etag?: string; lastModified?: string }
  | { kind: "not-modified" }
  | { kind: "retry-after"; seconds: number };

export async function fetchFeed(url: string, state: FeedState, signal: AbortSignal): Promise<FetchOutcome> {
  const headers: Record<string, string> = { accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5", "user-agent": "Vigie (veille de crise)" };
  if (state.etag) headers["if-none-match"] = state.etag;
  if (state.lastModified) headers["if-modified-since"] = state.lastModified;
  const response = await outboundFetch(url, { headers, signal: AbortSignal.any([signal, AbortSignal.timeout(30_000)]), redirect: "follow" });
  if (response.status === 304) return { kind: "not-modified" };
  if (response.status === 429) return { kind: "retry-after", seconds: retryAfterSeconds(response.headers.get("retry-after")) };
  if (!response.ok) throw new FeedHttpError(response.status, `feed ${url} answered HTTP ${response.status}`);
  const body = await response.text();
  // A feed is a few hundred KB; anything past 5 MB is not one.
  if (body.length > 5 * 1024 * 1024) throw new FeedHttpError(413, `feed ${url} is larger than 5 MB`);
  return { kind: "ok", body, etag: response.headers.get("etag") ?? undefined, lastModified: response.headers.get("last-modified") ?? undefined };
}
