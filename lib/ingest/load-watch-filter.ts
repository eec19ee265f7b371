import { loadWatchSettings } from "./load-watch-settings";
import { compileWatchFilter, type WatchFilter } from "./watch-filter";

// Every webhook request and connector batch asks for the filter: read and compile it at most this often.
const TTL_MS = 5_000;
const holder = globalThis as unknown as { __vigieWatchFilters?: Map<string, { filter: WatchFilter; loadedAt: number }> };

/** The activation's current watch settings, compiled (cached a few seconds; settings changes follow within that). */
export async function loadWatchFilter(activationId: string): Promise<WatchFilter> {
  holder.__vigieWatchFilters ??= new Map();
  const cached = holder.__vigieWatchFilters.get(activationId);
  if (cached && Date.now() - cached.loadedAt < TTL_MS) return cached.filter;
  const filter = compileWatchFilter(await loadWatchSettings(activationId));
  holder.__vigieWatchFilters.set(activationId, { filter, loadedAt: Date.now() });
  return filter;
}
