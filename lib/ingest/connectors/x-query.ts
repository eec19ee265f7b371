import type { WatchSettings } from "../watch-filter";

/**
 * The activation's watch as X search queries (also used as stream rules):
 * keywords and hashtags OR'ed, quoted when they are not a single word, the
 * watched languages as `lang:xx`, exclusions negated, retweets left out (the
 * original is what matters). A list too long for the access level's limit is
 * split into several queries, each complete on its own.
 */
type QueryOptions = { maxLength: number; extraQuery?: string };

const UNSAFE = /[^\p{L}\p{N}_]/u;

function term(raw: string, hashtag: boolean): string | null {
  const cleaned = raw.replace(/["\u201c\u201d]/g, " ").replace(/\s+/g, " ").trim();
  if (!cleaned) return null;
  if (hashtag) {
    const tag = cleaned.replace(/^#/, "");
    return UNSAFE.test(tag) ? null : `#${tag}`;
  }
  // Operators-looking words (from:, -foo, OR) are searched as plain phrases.
  return UNSAFE.test(cleaned) || cleaned === "OR" || cleaned === "AND" ? `"${cleaned}"` : cleaned;
}

function unique(values: (string | null)[]): string[] {
  const seen = new Set<string>();
  return values.filter((value): value is string => {
    if (!value || seen.has(value.toLowerCase())) return false;
    seen.add(value.toLowerCase());
    return true;
  });
}

/** The fixed part of every query: languages, exclusions, no retweets, the source's extra operators. */
function suffix(settings: Pick<WatchSettings, "languages" | "exclusions">, options: QueryOptions, withExclusions: boolean): string {
  const languages = unique(settings.languages.map((lang) => (/^[a-z]{2,3}$/.test(lang) ? `lang:${lang}` : null)));
  const parts: string[] = [];
  if (languages.length === 1) parts.push(languages[0]);
  if (languages.length > 1) parts.push(`(${languages.join(" OR ")})`);
  if (withExclusions) parts.push(...unique(settings.exclusions.map((word) => term(word, false))).map((word) => `-${word}`));
  parts.push("-is:retweet");
  if (options.extraQuery) parts.push(options.extraQuery);
  return parts.join(" ");
}

/** Queries covering every keyword and hashtag, each at most `maxLength` characters; [] when nothing is watched. */
export function buildXQueries(settings: Pick<WatchSettings, "keywords" | "hashtags" | "languages" | "exclusions">, options: QueryOptions): string[] {
  const terms = unique([...settings.keywords.map((word) => term(word, false)), ...settings.hashtags.map((tag) => term(tag, true))]);
  if (terms.length === 0) return [];
  let tail = suffix(settings, options, true);
  // Exclusions are a refinement (the watch filter applies them too): dropped before keywords are.
  if (tail.length > options.maxLength / 2) tail = suffix(settings, options, false);
  const room = options.maxLength - tail.length - 3; // "(", ")" and the space before the tail
  const queries: string[] = [];
  let group: string[] = [];
  const flush = () => {
    if (group.length) queries.push(`(${group.join(" OR ")}) ${tail}`);
    group = [];
  };
  for (const word of terms) {
    if (word.length > room) continue; // a phrase longer than a whole query cannot be searched
    if (group.length && [...group, word].join(" OR ").length > room) flush();
    group.push(word);
  }
  flush();
  return queries;
}
