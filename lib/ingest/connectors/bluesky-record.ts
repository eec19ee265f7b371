/**
 * An `app.bsky.feed.post` record (as Jetstream and searchPosts deliver it) as
 * an incoming post. Facets are kept: a link's shortened text ("example.fr/a…")
 * is replaced by its full address, hashtags and mentions stay in the text and
 * travel, with the record, in the raw payload. Embedded images become media
 * on Bluesky's CDN; the post URL is built from the handle when known, else
 * the DID (bsky.app accepts both).
 */
type Facet = { index?: { byteStart?: number; byteEnd?: number }; features?: { $type?: string; uri?: string; tag?: string; did?: string }[] };
type ImageRef = { alt?: string; image?: { ref?: { $link?: string } | string; mimeType?: string }; fullsize?: string; thumb?: string };
type Embed = {
  $type?: string;
  images?: ImageRef[];
  external?: { uri?: string; title?: string };
  record?: { uri?: string; record?: { uri?: string } };
  media?: Embed;
};
export type BlueskyRecord = {
  $type?: string;
  text?: string;
  createdAt?: string;
  langs?: string[];
  facets?: Facet[];
  embed?: Embed;
  reply?: { parent?: { uri?: string } };
};

export const BLUESKY_CDN = "https://cdn.bsky.app";

export function postUri(did: string, rkey: string): string {
  return `at://${did}/app.bsky.feed.post/${rkey}`;
}

export function recordToPayload(input: {
  did: string;
  rkey: string;
  record: BlueskyRecord;
  handle?: string | null;
  displayName?: string | null;
  /** The AppView's rendered embed (searchPosts), which carries image URLs directly. */
  embedView?: Embed | null;
}): unknown {
  const { did, rkey, record } = input;
  const handle = input.handle && input.handle !== "handle.invalid" ? input.handle : null;
  const facets = (record.facets ?? []).map((facet) => ({
    start: facet.index?.byteStart ?? 0,
    end: facet.index?.byteEnd ?? 0,
    features: (facet.features ?? []).map((f) => ({ type: (f.$type ?? "").replace("app.bsky.richtext.facet#", ""), uri: f.uri, tag: f.tag, did: f.did })),
  }));
  return {
    network: "bluesky",
    externalId: postUri(did, rkey),
    url: `https://bsky.app/profile/${handle ?? did}/post/${rkey}`,
    author: { id: did, handle: handle ? `@${handle}` : null, name: input.displayName || null },
    text: expandLinks(record.text ?? "", facets),
    lang: primaryLanguage(record.langs),
    postedAt: record.createdAt,
    media: images(did, record.embed, input.embedView ?? null),
    replyTo: record.reply?.parent?.uri ?? null,
    quoteOf: quoted(record.embed),
    facets,
  };
}

/** The record's first language as a bare code ("fr-FR" → "fr"); validation drops anything else. */
function primaryLanguage(langs: string[] | undefined): string | null {
  const first = langs?.[0]?.toLowerCase().split("-")[0];
  return first && /^[a-z]{2,3}$/.test(first) ? first : null;
}

/** Facet offsets count UTF-8 bytes, not UTF-16 units: slice the encoded text. */
function expandLinks(text: string, facets: { start: number; end: number; features: { type: string; uri?: string }[] }[]): string {
  const links = facets.filter((f) => f.features.some((x) => x.type === "link" && x.uri) && f.end > f.start).sort((a, b) => b.start - a.start);
  if (links.length === 0) return text;
  const bytes = Buffer.from(text, "utf8");
  let out = bytes;
  for (const link of links) {
    if (link.end > bytes.length) continue;
    const uri = link.features.find((x) => x.type === "link")!.uri!;
    const shown = bytes.subarray(link.start, link.end).toString("utf8");
    if (shown === uri) continue;
    out = Buffer.concat([out.subarray(0, link.start), Buffer.from(uri, "utf8"), out.subarray(link.end)]);
  }
  return out.toString("utf8");
}

function images(did: string, embed: Embed | undefined, view: Embed | null): { url: string; type: "image"; alt: string | null }[] {
  const viewed = view?.images ?? view?.media?.images;
  if (viewed?.length) return viewed.filter((i) => i.fullsize).map((i) => ({ url: i.fullsize!, type: "image", alt: i.alt || null }));
  const refs = embed?.images ?? embed?.media?.images ?? [];
  return refs.flatMap((image) => {
    const ref = typeof image.image?.ref === "string" ? image.image.ref : image.image?.ref?.$link;
    return ref ? [{ url: `${BLUESKY_CDN}/img/feed_fullsize/plain/${did}/${ref}@jpeg`, type: "image" as const, alt: image.alt || null }] : [];
  });
}

function quoted(embed: Embed | undefined): string | null {
  if (embed?.$type === "app.bsky.embed.record") return embed.record?.uri ?? null;
  if (embed?.$type === "app.bsky.embed.recordWithMedia") return embed.record?.record?.uri ?? embed.record?.uri ?? null;
  return null;
}
