import { outboundFetch } from "../../outbound/guard-outbound-connections";
import { describeError } from "../../errors";
import { mastodonConfigSchema } from "./mastodon-config";
import { authHeaders, tagLanes } from "./mastodon-rest";
import { discoverStreamingBase, openStream, streamUrl } from "./mastodon-stream";

export type MastodonSourceCheck = { url: string; ok: boolean; detail: string };

/**
 * What "test connection" runs for a Mastodon source, storing nothing: one
 * hashtag-timeline request per instance × hashtag (detail `#tag: <count>`)
 * and, when a token is set, per instance a check that the token is accepted
 * (verify_credentials) and, if streaming is on, that the stream opens.
 */
export async function testMastodonSource(config: unknown, token: string | null, signal: AbortSignal): Promise<MastodonSourceCheck[]> {
  const parsed = mastodonConfigSchema.safeParse(config);
  if (!parsed.success) return [{ url: "", ok: false, detail: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") }];
  const { instances, hashtags, stream } = parsed.data;
  const timeout = () => AbortSignal.any([signal, AbortSignal.timeout(15_000)]);
  const tags = tagLanes(instances, hashtags).slice(0, 20).map(async ({ instance, tag }): Promise<MastodonSourceCheck> => {
    const url = new URL(`/api/v1/timelines/tag/${encodeURIComponent(tag)}?limit=5`, instance).toString();
    return attempt(url, async () => {
      const response = await outboundFetch(url, { headers: authHeaders(token), signal: timeout() });
      if (!response.ok) return { url, ok: false, detail: httpDetail(response.status) };
      const statuses = (await response.json()) as unknown;
      return { url, ok: true, detail: `#${tag}: ${Array.isArray(statuses) ? statuses.length : 0}` };
    });
  });
  const tokens = !token
    ? []
    : instances.map(async (raw): Promise<MastodonSourceCheck> => {
        const instance = raw.replace(/\/$/, "");
        const url = new URL("/api/v1/accounts/verify_credentials", instance).toString();
        return attempt(url, async () => {
          const response = await outboundFetch(url, { headers: authHeaders(token), signal: timeout() });
          if (!response.ok) return { url, ok: false, detail: httpDetail(response.status) };
          const account = (await response.json()) as { acct?: unknown };
          return { url, ok: true, detail: typeof account.acct === "string" ? `@${account.acct}` : "OK" };
        });
      });
  const streams = !token || !stream
    ? []
    : instances.map(async (raw): Promise<MastodonSourceCheck> => {
        const instance = raw.replace(/\/$/, "");
        const tag = hashtags[0].replace(/^#/, "");
        const base = await discoverStreamingBase(instance, timeout());
        const url = streamUrl(base, tag);
        return attempt(url.toString(), async () => {
          const socket = await openStream(url, token, timeout());
          socket.close(1000);
          return { url: url.toString(), ok: true, detail: `stream #${tag}: OK` };
        });
      });
  return Promise.all([...tags, ...tokens, ...streams]);
}

async function attempt(url: string, check: () => Promise<MastodonSourceCheck>): Promise<MastodonSourceCheck> {
  try {
    return await check();
  } catch (error) {
    return { url, ok: false, detail: describeError(error) };
  }
}

function httpDetail(status: number): string {
  return `HTTP ${status}${status === 401 || status === 403 ? " (jeton refusé)" : status === 429 ? " (trop de requêtes)" : ""}`;
}
