import { xJson, type XCall } from "./x-http";
import { TWEET_QUERY, tweetToPayloads, type XIncludes, type XTweet } from "./x-tweet";

/**
 * Recent search (GET /2/tweets/search/recent, the last 7 days): everything
 * newer than `sinceId` for each query, following `next_token` (pages run
 * newest to oldest). Each page is delivered as it comes; the caller commits
 * the newest id as its cursor only once every query and page is stored, so a
 * failure midway reads again rather than skips (posts are stored once).
 */
export type SearchPage = { data?: XTweet[]; includes?: XIncludes; meta?: { result_count?: number; newest_id?: string; oldest_id?: string; next_token?: string } };

/** Post ids are decimal strings beyond Number's precision: compared by length, then text. */
export function newerId(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a.length !== b.length ? (a.length > b.length ? a : b) : a > b ? a : b;
}

export async function searchRecent(options: {
  call: XCall;
  queries: string[];
  sinceId: string | null;
  maxPages: number;
  deliver: (payloads: unknown[]) => Promise<void>;
}): Promise<string | null> {
  let newest = options.sinceId;
  for (const query of options.queries) {
    let nextToken: string | undefined;
    for (let page = 0; page < options.maxPages; page++) {
      const body = await xJson<SearchPage>(options.call, "/2/tweets/search/recent", {
        query: { query, max_results: "100", since_id: options.sinceId ?? undefined, next_token: nextToken, ...TWEET_QUERY },
      });
      // A page runs newest first: stored oldest first, as they were posted.
      const tweets = Array.isArray(body.data) ? [...body.data].reverse() : [];
      if (tweets.length) await options.deliver(tweets.flatMap((tweet) => tweetToPayloads(tweet, body.includes)));
      newest = newerId(newest, body.meta?.newest_id);
      nextToken = body.meta?.next_token;
      if (!nextToken) break;
    }
  }
  return newest;
}
