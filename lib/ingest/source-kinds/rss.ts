import { describeError } from "../../errors";
import { z } from "zod";
import { parseFeed } from "../connectors/parse-feed";
import { fetchFeed, rssConnector } from "../connectors/rss";
import { flag, list, webUrl, whole } from "./form-values";
import type { SourceKindSpec } from "./source-kind-spec";

/** Official and press feeds (prefecture, Vigicrues, Météo-France, local press), RSS 2.0 or Atom. */
export const rssSourceKind: SourceKindSpec = {
  kind: "RSS",
  settings: z.object({
    feeds: list(webUrl, { max: 20, required: "feed_required" }),
    intervalSeconds: whole(10, 3600, 120),
    // Official feeds are kept whole by default: a prefecture's notice rarely repeats the watch's keywords.
    applyWatchFilter: flag(false),
  }),
  connector: rssConnector,
  async test({ config, signal }) {
    const feeds = ((config.feeds as string[] | undefined) ?? []).slice(0, 20);
    return {
      kind: "feeds",
      feeds: await Promise.all(
        feeds.map(async (url) => {
          try {
            const outcome = await fetchFeed(url, {}, AbortSignal.any([signal, AbortSignal.timeout(15_000)]));
            if (outcome.kind !== "ok") return { url, ok: false, detail: outcome.kind === "retry-after" ? `429, retry after ${outcome.seconds} s` : "304" };
            const feed = parseFeed(outcome.body, url);
            return { url, ok: true, detail: `${feed.title ?? url}: ${feed.items.length}` };
          } catch (error) {
            return { url, ok: false, detail: describeError(error) };
          }
        }),
      ),
    };
  },
};
