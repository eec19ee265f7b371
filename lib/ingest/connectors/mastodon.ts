import type { Connector, ConnectorContext } from "../connector";
import { mastodonConfigSchema, type MastodonConfig } from "./mastodon-config";
import { DeliveryQueue, parseMastodonCursor } from "./mastodon-delivery";
import { LocalStatusIds } from "./mastodon-local-ids";
import { catchUpTag, tagLanes, type Sleep } from "./mastodon-rest";
import { discoverStreamingBase, runStreamLane } from "./mastodon-stream";

export { mastodonConfigSchema, type MastodonConfig } from "./mastodon-config";
export { compareIds } from "./mastodon-ids";
export { MastodonHttpError } from "./mastodon-rest";
export { statusToPayload } from "./mastodon-status";
export { testMastodonSource, type MastodonSourceCheck } from "./mastodon-test-source";

/**
 * Mastodon hashtag timelines on several instances. Without an access token
 * (or with `stream: false`) it polls GET /api/v1/timelines/tag/:hashtag: the
 * first fetch takes the latest page, later polls ask for what is newer with
 * `min_id`, following `Link: rel="prev"` oldest first. With a token, each
 * instance × hashtag streams over WebSocket instead, after a REST catch-up
 * from the cursor that runs again whenever the socket drops. The cursor is
 * the newest status id per instance and hashtag. Rate limits: waits when
 * X-RateLimit-Remaining reaches zero and honours Retry-After on 429.
 */
export function mastodonConnector(): Connector {
  return {
    async run(ctx: ConnectorContext) {
      const config = mastodonConfigSchema.parse(ctx.source.config);
      const queue = new DeliveryQueue(ctx.deliver, parseMastodonCursor(ctx.cursor));
      try {
        if (ctx.source.secret && config.stream) await stream(ctx, config, ctx.source.secret, queue);
        else await poll(ctx, config, queue);
      } finally {
        queue.close();
      }
    },
  };
}

async function poll(ctx: ConnectorContext, config: MastodonConfig, queue: DeliveryQueue): Promise<void> {
  const ids = new LocalStatusIds(0);
  while (!ctx.signal.aborted) {
    for (const lane of tagLanes(config.instances, config.hashtags)) {
      if (ctx.signal.aborted) return;
      await catchUpTag({ lane, queue, ids, token: ctx.source.secret, signal: ctx.signal, sleep: ctx.sleep, maxPages: 20 });
    }
    await ctx.sleep(config.intervalSeconds * 1000);
  }
}

/** One lane per instance × hashtag; the first lane to fail stops the others and the run throws. */
async function stream(ctx: ConnectorContext, config: MastodonConfig, token: string, queue: DeliveryQueue): Promise<void> {
  const stopLanes = new AbortController();
  const signal = AbortSignal.any([ctx.signal, stopLanes.signal]);
  // ctx.sleep wakes when the source stops; this one also when another lane has failed.
  const sleep: Sleep = (ms) =>
    new Promise<void>((resolve) => {
      const wake = () => resolve();
      stopLanes.signal.addEventListener("abort", wake, { once: true });
      void ctx.sleep(ms).then(() => {
        stopLanes.signal.removeEventListener("abort", wake);
        resolve();
      });
    });
  const ids = new LocalStatusIds();
  const bases = new Map<string, Promise<string>>();
  const lanes = tagLanes(config.instances, config.hashtags).map(async (lane) => {
    try {
      if (!bases.has(lane.instance)) bases.set(lane.instance, discoverStreamingBase(lane.instance, signal));
      const streamingBase = await bases.get(lane.instance)!;
      await runStreamLane({ lane, streamingBase, token, queue, ids, source: ctx.source, intervalSeconds: config.intervalSeconds, signal, sleep });
    } catch (error) {
      stopLanes.abort();
      throw error;
    }
  });
  try {
    await Promise.race([Promise.all(lanes), queue.failed]);
  } catch (error) {
    stopLanes.abort();
    await Promise.allSettled(lanes);
    if (ctx.signal.aborted) return;
    throw error;
  }
}
