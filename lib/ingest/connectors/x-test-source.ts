import { describeError } from "../../errors";
import type { WatchSettings } from "../watch-filter";
import { ruleTag, xConfigSchema } from "./x-config";
import { xJson, xUrl, type XCall } from "./x-http";
import { buildXQueries } from "./x-query";
import type { SearchPage } from "./x-search";
import { TWEET_QUERY } from "./x-tweet";

export type XCheck = { url: string; ok: boolean; detail: string };

/**
 * "Test the connection" of an X source, storing nothing: one recent search of
 * 10 posts (with the activation's first query when its watch is given) and,
 * when the stream is on, the listing of the stream rules. A rate limit is
 * reported, not waited for.
 */
export async function testXSource(
  config: unknown,
  bearerToken: string | null,
  signal: AbortSignal,
  options: { settings?: Pick<WatchSettings, "keywords" | "hashtags" | "languages" | "exclusions">; sourceId?: string } = {},
): Promise<XCheck[]> {
  const parsed = xConfigSchema.parse(config ?? {});
  const call: XCall = { baseUrl: parsed.baseUrl, token: bearerToken, signal, sleep: () => Promise.reject(new Error("rate limited (HTTP 429), try again later")) };
  const query = options.settings ? buildXQueries(options.settings, { maxLength: parsed.maxQueryLength, extraQuery: parsed.extraQuery })[0] : (parsed.extraQuery ?? "-is:retweet news");
  const checks: Promise<XCheck>[] = [];
  if (parsed.search) {
    const searchQuery = { query, max_results: "10", ...TWEET_QUERY };
    const url = xUrl(parsed.baseUrl, "/2/tweets/search/recent", { query }).toString();
    checks.push(
      query
        ? check(url, async () => {
            const page = await xJson<SearchPage>(call, "/2/tweets/search/recent", { query: searchQuery });
            const count = page.meta?.result_count ?? page.data?.length ?? 0;
            return `${count} post${count === 1 ? "" : "s"}`;
          })
        : Promise.resolve({ url, ok: false, detail: "no keyword or hashtag to search" }),
    );
  }
  if (parsed.stream) {
    const url = xUrl(parsed.baseUrl, "/2/tweets/search/stream/rules").toString();
    checks.push(
      check(url, async () => {
        const rules = (await xJson<{ data?: { tag?: string }[] }>(call, "/2/tweets/search/stream/rules")).data ?? [];
        const own = options.sourceId ? rules.filter((rule) => rule.tag === ruleTag(options.sourceId!)).length : null;
        return `${rules.length} stream rule${rules.length === 1 ? "" : "s"}${own === null ? "" : ` (${own} of this source)`}`;
      }),
    );
  }
  return Promise.all(checks);
}

async function check(url: string, probe: () => Promise<string>): Promise<XCheck> {
  try {
    return { url, ok: true, detail: await probe() };
  } catch (error) {
    return { url, ok: false, detail: describeError(error) };
  }
}
