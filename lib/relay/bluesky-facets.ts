import { findUrls } from "./relay-text";

/**
 * Bluesky rich-text facets for links and hashtags. The AT Protocol indexes
 * facets in UTF-8 bytes, not JavaScript UTF-16 units: "é" is one unit but two
 * bytes, an emoji two units but four bytes.
 */
export type BlueskyFacet = {
  index: { byteStart: number; byteEnd: number };
  features: ({ $type: "app.bsky.richtext.facet#link"; uri: string } | { $type: "app.bsky.richtext.facet#tag"; tag: string })[];
};

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;

// A hashtag starts the text or follows whitespace; it stops at whitespace or punctuation.
const TAG_PATTERN = /(^|\s)#([^\s#.,;:!?()[\]{}«»"'’]+)/gu;

export function blueskyFacets(text: string): BlueskyFacet[] {
  const facets: BlueskyFacet[] = [];
  for (const { url, index } of findUrls(text)) {
    const byteStart = byteLength(text.slice(0, index));
    facets.push({ index: { byteStart, byteEnd: byteStart + byteLength(url) }, features: [{ $type: "app.bsky.richtext.facet#link", uri: url }] });
  }
  for (const match of text.matchAll(TAG_PATTERN)) {
    const start = match.index + match[1].length;
    const tag = match[2];
    // Digits only is not a tag (#1), as on bsky.app.
    if (/^\d+$/.test(tag)) continue;
    const byteStart = byteLength(text.slice(0, start));
    facets.push({ index: { byteStart, byteEnd: byteStart + byteLength(`#${tag}`) }, features: [{ $type: "app.bsky.richtext.facet#tag", tag }] });
  }
  return facets.sort((a, b) => a.index.byteStart - b.index.byteStart);
}
