import type { TextSpan } from "./personal-data-flag";

// "@marie", "@marie@mastodon.social", "@marie.bsky.social": not after a letter or digit, so the
// "@" of an e-mail address is left to the e-mail detector.
const HANDLE_RE = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?(?:@[\w-]+(?:\.[\w-]+)+)?/gu;
// Links to a person's profile or post on a network: they name the author as surely as a handle.
const SOCIAL_LINK_RE =
  /\b(?:https?:\/\/)?(?:www\.|m\.|mobile\.)?(?:x\.com|twitter\.com|facebook\.com|fb\.com|instagram\.com|tiktok\.com|threads\.net|bsky\.app|t\.me|youtube\.com|youtu\.be|linkedin\.com|snapchat\.com)\/[^\s<>"]*|\bhttps?:\/\/[^\s<>"/]+\/@[^\s<>"]+/giu;

/**
 * Network accounts in a text: @handles (fediverse and Bluesky forms too) and links to profiles
 * or posts on social networks. The feed's detectors leave these alone on purpose (they are
 * public identifiers volunteers need); on the public map they are an author's identity, so
 * publishing checks them too.
 */
export function detectHandles(text: string): TextSpan[] {
  if (!/[@/]/.test(text)) return [];
  const spans: TextSpan[] = [];
  for (const m of text.matchAll(SOCIAL_LINK_RE)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(HANDLE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!spans.some((s) => s.start < end && start < s.end)) spans.push({ start, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}
