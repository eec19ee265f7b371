import { outboundFetch } from "../../outbound/guard-outbound-connections";
import { MASTODON_DEFAULT_MAX_CHARACTERS } from "../relay-text";

/**
 * The instance's own status length limit: `configuration.statuses.max_characters` of
 * /api/v2/instance, else of /api/v1/instance (or Pleroma's `max_toot_chars`), else 500.
 * Cached ten minutes per instance: the counters ask on every page load.
 */
const cache = new Map<string, { max: number; until: number }>();
const TTL_MS = 10 * 60_000;

export async function mastodonMaxCharacters(baseUrl: string, options: { fresh?: boolean } = {}): Promise<number> {
  const hit = cache.get(baseUrl);
  if (!options.fresh && hit && hit.until > Date.now()) return hit.max;
  const max = (await readLimit(`${baseUrl}/api/v2/instance`)) ?? (await readLimit(`${baseUrl}/api/v1/instance`)) ?? MASTODON_DEFAULT_MAX_CHARACTERS;
  cache.set(baseUrl, { max, until: Date.now() + TTL_MS });
  return max;
}

async function readLimit(url: string): Promise<number | null> {
  try {
    const response = await outboundFetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(5_000) });
    if (!response.ok) return null;
    const json = (await response.json()) as { configuration?: { statuses?: { max_characters?: unknown } }; max_toot_chars?: unknown };
    const value = json.configuration?.statuses?.max_characters ?? json.max_toot_chars;
    return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}
