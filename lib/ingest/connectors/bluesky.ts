import { z } from "zod";
import type { Connector, ConnectorContext } from "../connector";
import { knownExternalIds } from "../known-external-ids";
import { compileWatchFilter, type WatchFilter, type WatchSettings } from "../watch-filter";
import { followJetstream } from "./bluesky-jetstream";
import { BlueskySearch } from "./bluesky-search";

/**
 * Bluesky: Jetstream for the live stream (filtered here by the activation's
 * keywords and languages) and, when an account and app password are given,
 * searchPosts polling for the look back. Both share one cursor
 * `{ jetstreamUs, search: { term: newest createdAt } }`, saved with each batch;
 * their deliveries are serialised so that neither saves the other's
 * uncommitted position.
 */
export const blueskyConfigSchema = z.object({
  jetstream: z.boolean().default(true),
  jetstreamUrl: z
    .string()
    .trim()
    .regex(/^wss?:\/\/\S+$/, { message: "url_invalid" })
    .default("wss://jetstream2.us-east.bsky.network/subscribe"),
  serviceUrl: z.url({ protocol: /^https?$/, message: "url_invalid" }).default("https://bsky.social"),
  identifier: z.string().trim().max(253).nullable().default(null),
  lookbackHours: z.number().int().min(0).max(168).default(24),
  intervalSeconds: z.number().int().min(10).max(3600).default(300),
  rewindSeconds: z.number().int().min(0).max(600).default(5),
  idleSeconds: z.number().int().min(1).max(3600).default(60),
});
export type BlueskyConfig = z.infer<typeof blueskyConfigSchema>;

type BlueskyCursor = { jetstreamUs?: number; search?: Record<string, string> };
const MAX_SEARCH_TERMS = 10;

export function blueskyConnector(): Connector {
  return {
    async run(ctx: ConnectorContext) {
      const config = blueskyConfigSchema.parse(ctx.source.config);
      let cursor = readCursor(ctx.cursor);
      const inner = new AbortController();
      const signal = AbortSignal.any([ctx.signal, inner.signal]);
      const stopped = new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
      const pause = (ms: number) => Promise.race([ctx.sleep(ms), stopped]);

      let settings = await ctx.watchSettings();
      let filter: WatchFilter = compileWatchFilter(settings);
      // Follow edits of the watch (keywords, languages) while connected.
      const refresh = setInterval(() => {
        ctx.watchSettings().then((next) => ((settings = next), (filter = compileWatchFilter(next))), () => undefined);
      }, 15_000);

      let chain: Promise<void> = Promise.resolve();
      const commit = (payloads: unknown[], patch: BlueskyCursor) => {
        const step = chain.then(async () => {
          const next: BlueskyCursor = { ...cursor, ...patch, search: { ...cursor.search, ...patch.search } };
          await ctx.deliver(payloads, JSON.stringify(next));
          cursor = next;
        });
        chain = step.catch(() => undefined);
        return step;
      };

      const live = async () => {
        if (!config.jetstream) return;
        await followJetstream({
          url: config.jetstreamUrl,
          cursorUs: cursor.jetstreamUs ?? null,
          rewindSeconds: config.rewindSeconds,
          idleMs: config.idleSeconds * 1000,
          filter: () => filter,
          signal,
          flush: async (batch) => {
            const known = await knownExternalIds(ctx.source.activationId, "bluesky", batch.candidates.map((c) => c.externalId));
            const concerned = batch.candidates.filter((c) => known.has(c.externalId)).map((c) => c.payload);
            await commit([...batch.payloads, ...concerned], { jetstreamUs: batch.timeUs });
          },
        });
      };

      const lookBack = async () => {
        if (!config.identifier || !ctx.source.secret) return;
        const search = new BlueskySearch({ serviceUrl: config.serviceUrl, identifier: config.identifier, password: ctx.source.secret }, signal);
        while (!signal.aborted) {
          for (const term of searchTerms(settings)) {
            if (signal.aborted) return;
            const since = cursor.search?.[term] ?? new Date(Date.now() - config.lookbackHours * 3600_000).toISOString();
            const outcome = await search.search(term, { since, lang: settings.languages.length === 1 ? settings.languages[0] : null });
            if (outcome.kind === "wait") {
              await pause(outcome.ms);
              break;
            }
            await commit(outcome.payloads, { search: { [term]: outcome.newest ?? since } });
          }
          await pause(config.intervalSeconds * 1000);
        }
      };

      try {
        // The first failure stops the other loop, and the supervisor reconnects both from the cursor.
        await Promise.all([live(), lookBack()].map((loop) => loop.catch((error: unknown) => (inner.abort(), Promise.reject(error)))));
      } finally {
        clearInterval(refresh);
        inner.abort();
        await chain;
      }
    },
  };
}

/** Keywords and hashtags, as typed in the activation, are the search terms (searchPosts has no OR). */
export function searchTerms(settings: Pick<WatchSettings, "keywords" | "hashtags">): string[] {
  return [...new Set([...settings.hashtags.map((tag) => (tag.startsWith("#") ? tag : `#${tag}`)), ...settings.keywords].map((t) => t.trim()).filter(Boolean))].slice(0, MAX_SEARCH_TERMS);
}

function readCursor(raw: string | null): BlueskyCursor {
  try {
    const parsed = raw ? (JSON.parse(raw) as BlueskyCursor) : {};
    return { jetstreamUs: typeof parsed.jetstreamUs === "number" ? parsed.jetstreamUs : undefined, search: parsed.search ?? {} };
  } catch {
    // A lost cursor starts live again; the look back covers the hours before.
    return { search: {} };
  }
}
