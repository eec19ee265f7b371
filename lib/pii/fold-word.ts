// Accented words repeat from post to post (place names, "Sébastien", "Hélène"): remembering
// their folded form skips the costly Unicode normalisation. Bounded so a flood of unique words
// cannot grow it without limit.
const accentedCache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/**
 * Lower case without accents, for looking words up in lists. Called on every capitalised word
 * of every ingested post, so plain ASCII words take the short path.
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(lower)) return lower;
  const cached = accentedCache.get(lower);
  if (cached !== undefined) return cached;
  const folded = lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/’/g, "'");
  if (accentedCache.size >= CACHE_LIMIT) accentedCache.clear();
  accentedCache.set(lower, folded);
  return folded;
}
