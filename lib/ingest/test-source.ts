import { requireActivationCapability } from "../activation/get-activation-access";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db/client";
import { AppError } from "../errors";
import { parseFeed } from "./connectors/parse-feed";
import { loadScenario } from "./connectors/replay";
import { fetchFeed } from "./connectors/rss";
import { loadWatchFilter } from "./load-watch-filter";
import { normalizePost } from "./normalize";
import { parseIncoming } from "./schemas";

export type SourceTestResult =
  | { kind: "payloads"; items: { index: number; verdict: "accepted" | "filtered" | "rejected"; detail: string }[] }
  | { kind: "replay"; events: number; posts: number }
  | { kind: "feeds"; feeds: { url: string; ok: boolean; detail: string }[] };

/**
 * Tests a source without storing anything: a replay checks its scenario loads;
 * a push source runs sample payloads through validation, normalisation and the
 * watch filter and says what would happen to each.
 */
export async function testSource(actor: SessionUser, activationId: string, sourceId: string, sampleJson: string | null): Promise<SourceTestResult> {
  await requireActivationCapability(actor, activationId, "triage");
  const source = await db().source.findFirst({ where: { id: sourceId, activationId } });
  if (!source) throw new AppError("NOT_FOUND", "source_not_found");
  const config = (source.config ?? {}) as { scenario?: string; applyWatchFilter?: boolean };
  if (source.kind === "REPLAY") {
    const events = loadScenario(config.scenario ?? "crue-adour-landes");
    return { kind: "replay", events: events.length, posts: events.filter((e) => e.kind === "post").length };
  }
  if (source.kind === "MASTODON") {
    const settings = config as { instances?: string[]; hashtags?: string[] };
    const checks = (settings.instances ?? []).flatMap((instance) => (settings.hashtags ?? []).map((tag) => ({ instance, tag: tag.replace(/^#/, "") })));
    return {
      kind: "feeds",
      feeds: await Promise.all(
        checks.slice(0, 20).map(async ({ instance, tag }) => {
          const url = new URL(`/api/v1/timelines/tag/${encodeURIComponent(tag)}?limit=5`, instance).toString();
          try {
            const response = await fetch(url, { headers: source.secret ? { authorization: `Bearer ${source.secret}` } : {}, signal: AbortSignal.timeout(15_000) });
            if (!response.ok) return { url, ok: false, detail: `HTTP ${response.status}${response.status === 401 ? " (jeton refusé)" : ""}` };
            const statuses = (await response.json()) as unknown[];
            return { url, ok: true, detail: `#${tag}: ${Array.isArray(statuses) ? statuses.length : 0}` };
          } catch (error) {
            return { url, ok: false, detail: error instanceof Error ? error.message : String(error) };
          }
        }),
      ),
    };
  }
  if (source.kind === "RSS") {
    const feeds = ((config as { feeds?: string[] }).feeds ?? []).slice(0, 20);
    return {
      kind: "feeds",
      feeds: await Promise.all(
        feeds.map(async (url) => {
          try {
            const outcome = await fetchFeed(url, {}, AbortSignal.timeout(15_000));
            if (outcome.kind !== "ok") return { url, ok: false, detail: outcome.kind === "retry-after" ? `429, retry after ${outcome.seconds} s` : "304" };
            const feed = parseFeed(outcome.body, url);
            return { url, ok: true, detail: `${feed.title ?? url}: ${feed.items.length}` };
          } catch (error) {
            return { url, ok: false, detail: error instanceof Error ? error.message : String(error) };
          }
        }),
      ),
    };
  }
  let sample: unknown;
  try {
    sample = JSON.parse(sampleJson ?? "");
  } catch {
    throw new AppError("INVALID_INPUT", "invalid_json");
  }
  const payloads = Array.isArray(sample) ? sample : Array.isArray((sample as { events?: unknown })?.events) ? (sample as { events: unknown[] }).events : [sample];
  const filter = source.kind === "WEBHOOK" && config.applyWatchFilter !== false ? await loadWatchFilter(activationId) : null;
  return {
    kind: "payloads",
    items: payloads.slice(0, 50).map((payload, index) => {
      const parsed = parseIncoming(payload);
      if (!parsed.ok) return { index, verdict: "rejected" as const, detail: parsed.reason };
      if (parsed.event.kind !== "post") return { index, verdict: "accepted" as const, detail: parsed.event.kind };
      const post = normalizePost(parsed.event, payload);
      const verdict = filter?.(post);
      if (verdict && !verdict.keep) return { index, verdict: "filtered" as const, detail: verdict.reason };
      return { index, verdict: "accepted" as const, detail: post.text.slice(0, 200) };
    }),
  };
}
