import { createHash } from "node:crypto";
import { sanitizeText } from "./sanitize";
import type { IncomingPost } from "./schemas";

export type NormalizedPost = {
  network: string;
  externalId: string;
  url: string | null;
  authorId: string | null;
  authorHandle: string | null;
  authorName: string | null;
  text: string;
  lang: string | null;
  postedAt: Date;
  media: { url?: string; fileId?: string; type: string; alt: string | null }[];
  geoLat: number | null;
  geoLon: number | null;
  repostOf: string | null;
  quoteOf: string | null;
  replyTo: string | null;
  contentHash: string;
  raw: unknown;
};

/** The content hash ignores case, accents, URLs and spacing: copies of one text share it. */
export function contentHash(text: string): string {
  const folded = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/https?:\/\/\S+/g, "")
    .replace(/[^\p{L}\p{N}#@]+/gu, " ")
    .trim();
  return createHash("sha1").update(folded).digest("hex");
}

export function normalizePost(post: IncomingPost, raw: unknown): NormalizedPost {
  const text = sanitizeText(post.text, post.html);
  return {
    network: post.network,
    externalId: post.externalId,
    url: post.url ?? null,
    authorId: post.author.id ?? null,
    authorHandle: post.author.handle ?? null,
    authorName: post.author.name ? sanitizeText(post.author.name, false) : null,
    text,
    lang: post.lang ?? null,
    postedAt: post.postedAt,
    media: post.media.map((m) => ({ ...(m.url ? { url: m.url } : {}), ...(m.fileId ? { fileId: m.fileId } : {}), type: m.type, alt: m.alt ?? null })),
    geoLat: post.geo?.lat ?? null,
    geoLon: post.geo?.lon ?? null,
    repostOf: post.repostOf ?? null,
    quoteOf: post.quoteOf ?? null,
    replyTo: post.replyTo ?? null,
    contentHash: contentHash(text),
    raw,
  };
}
