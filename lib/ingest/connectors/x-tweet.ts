/**
 * X API v2 posts ("tweets": `data` plus the `includes` of the expansions) as
 * incoming posts. A retweet is folded to its original when the original is in
 * `includes.tweets` (stored once, whoever reposted it). An edited post keeps
 * the id of its first version (`edit_history_tweet_ids[0]`) as its external
 * id, so the edit chain is one post: a later version arrives as an edit of it.
 */
export type XTweet = {
  id?: string;
  text?: string;
  created_at?: string;
  lang?: string;
  author_id?: string;
  edit_history_tweet_ids?: string[];
  note_tweet?: { text?: string };
  attachments?: { media_keys?: string[] };
  referenced_tweets?: { type?: string; id?: string }[];
  geo?: { coordinates?: { type?: string; coordinates?: number[] }; place_id?: string };
};
export type XUser = { id?: string; username?: string; name?: string };
export type XMedia = { media_key?: string; type?: string; url?: string; preview_image_url?: string; alt_text?: string };
export type XIncludes = { users?: XUser[]; media?: XMedia[]; tweets?: XTweet[] };

/** The fields and expansions every request asks for (search, stream, lookup). */
export const TWEET_QUERY = {
  "tweet.fields": "created_at,lang,author_id,entities,attachments,referenced_tweets,geo,edit_history_tweet_ids,note_tweet",
  expansions: "author_id,attachments.media_keys,referenced_tweets.id,referenced_tweets.id.author_id",
  "user.fields": "username,name",
  "media.fields": "url,preview_image_url,alt_text,type",
};

// X's codes for "no language": undetermined, only media, hashtags, mentions, links.
const NO_LANGUAGE = new Set(["und", "qme", "qht", "qam", "qct", "qst", "zxx", "art"]);

/** X escapes &, < and > in post text; the text is otherwise plain. */
function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function mediaType(type: string | undefined): "image" | "video" | "other" {
  return type === "photo" ? "image" : type === "video" || type === "animated_gif" ? "video" : "other";
}

function referenced(tweet: XTweet, type: string): string | null {
  return tweet.referenced_tweets?.find((ref) => ref.type === type)?.id ?? null;
}

/** The first version's id for an edited post, else the post's own id. */
export function xExternalId(tweet: XTweet): string | undefined {
  return tweet.edit_history_tweet_ids?.[0] ?? tweet.id;
}

/** One post payload (and an edit of the first version when this is a later one). */
export function tweetToPayloads(tweet: XTweet, includes: XIncludes = {}): unknown[] {
  const retweeted = referenced(tweet, "retweeted");
  const original = (retweeted && includes.tweets?.find((candidate) => candidate.id === retweeted)) || tweet;
  const author = includes.users?.find((user) => user.id === original.author_id);
  const media = (original.attachments?.media_keys ?? [])
    .map((key) => includes.media?.find((item) => item.media_key === key))
    .filter((item): item is XMedia => Boolean(item?.url ?? item?.preview_image_url))
    .map((item) => ({ url: item.url ?? item.preview_image_url, type: mediaType(item.type), alt: item.alt_text ?? null }));
  const point = original.geo?.coordinates?.type === "Point" ? original.geo.coordinates.coordinates : undefined;
  const text = unescape(original.note_tweet?.text ?? original.text ?? "");
  const externalId = xExternalId(original);
  const post = {
    network: "x",
    externalId,
    url: original.id ? (author?.username ? `https://x.com/${author.username}/status/${original.id}` : `https://x.com/i/web/status/${original.id}`) : null,
    author: { id: original.author_id ?? null, handle: author?.username ? `@${author.username}` : null, name: author?.name || author?.username || null },
    text,
    lang: original.lang && /^[a-z]{2,3}$/.test(original.lang) && !NO_LANGUAGE.has(original.lang) ? original.lang : null,
    postedAt: original.created_at,
    media,
    geo: point && point.length >= 2 ? { lat: point[1], lon: point[0] } : null,
    // A retweet whose original was not expanded stays a repost of it.
    repostOf: original === tweet ? retweeted : null,
    quoteOf: referenced(original, "quoted"),
    replyTo: referenced(original, "replied_to"),
  };
  if (!externalId || externalId === original.id) return [post];
  return [post, { kind: "edit", network: "x", externalId, text }];
}
