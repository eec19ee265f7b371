/**
 * The text a relay message posts, and its length as each network counts it.
 * Pure functions, shared by the live counters in the browser and the server's
 * refusal before sending.
 */
export type RelayTextParts = { body: string; link: string | null; hashtags: string[] };

export const BLUESKY_MAX_GRAPHEMES = 300;
export const MASTODON_DEFAULT_MAX_CHARACTERS = 500;
/** Mastodon counts every URL as 23 characters, whatever its length. */
export const MASTODON_URL_LENGTH = 23;

// Mastodon's own rule: http(s) URLs up to the next whitespace.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

/** Body, then the link unless the body already carries it, then the hashtags on their own line. */
export function composePostText({ body, link, hashtags }: RelayTextParts): string {
  const parts = [body.trim()];
  if (link && !body.includes(link)) parts.push(link);
  const tags = hashtags.map((tag) => (tag.startsWith("#") ? tag : `#${tag}`)).join(" ");
  if (tags) parts.push(tags);
  return parts.join("\n\n");
}

/** Characters as Mastodon counts them: code points, each URL counting 23. */
export function mastodonLength(text: string): number {
  const withoutUrls = text.replace(URL_PATTERN, "x".repeat(MASTODON_URL_LENGTH));
  return Array.from(withoutUrls).length;
}

/** Graphemes (what a reader sees as one character) as Bluesky counts them. */
export function blueskyLength(text: string): number {
  const segmenter = new Intl.Segmenter("fr", { granularity: "grapheme" });
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

export type LengthCheck = { network: "mastodon" | "bluesky"; length: number; max: number; ok: boolean };

export function checkLengths(text: string, mastodonMax: number): LengthCheck[] {
  const m = mastodonLength(text);
  const b = blueskyLength(text);
  return [
    { network: "mastodon", length: m, max: mastodonMax, ok: m <= mastodonMax },
    { network: "bluesky", length: b, max: BLUESKY_MAX_GRAPHEMES, ok: b <= BLUESKY_MAX_GRAPHEMES },
  ];
}

/** Fills {commune}, {heure} and {lien}; a variable left empty stays visible so nobody publishes "{commune}". */
export function fillVariables(text: string, values: { commune?: string; heure?: string; lien?: string }): string {
  return text.replace(/\{(commune|heure|lien)\}/g, (whole, name: "commune" | "heure" | "lien") => values[name]?.trim() || whole);
}

export function hasUnfilledVariable(text: string): boolean {
  return /\{(commune|heure|lien)\}/.test(text);
}

export function findUrls(text: string): { url: string; index: number }[] {
  return [...text.matchAll(URL_PATTERN)].map((match) => ({ url: match[0].replace(/[.,;:!?)»]+$/, ""), index: match.index }));
}
