import { announceCommitted } from "../db/committed-events";
import type { FeedPost } from "./feed-post";

/**
 * Live announcements are batched: at most one `feed:posts` (and one
 * `feed:changes`) per activation every 100 ms, whatever the ingestion rate,
 * so a burst of posts is a few socket messages, not thousands.
 */
const FLUSH_MS = 100;
// A browser cannot use more than this per flush; the rest is fetched by the feed's query.
const MAX_POSTS_PER_FLUSH = 500;

type Pending = { posts: FeedPost[]; deleted: string[]; edited: { id: string; text: string }[]; timer: NodeJS.Timeout | null };
const holder = globalThis as unknown as { __vigieFeedPending?: Map<string, Pending> };

function pending(): Map<string, Pending> {
  holder.__vigieFeedPending ??= new Map();
  return holder.__vigieFeedPending;
}

export function announceFeed(activationId: string, news: { posts: FeedPost[]; deleted: string[]; edited: { id: string; text: string }[] }): void {
  if (!news.posts.length && !news.deleted.length && !news.edited.length) return;
  const entry = pending().get(activationId) ?? { posts: [], deleted: [], edited: [], timer: null };
  entry.posts.push(...news.posts);
  entry.deleted.push(...news.deleted);
  entry.edited.push(...news.edited);
  if (!entry.timer) {
    entry.timer = setTimeout(() => flush(activationId), FLUSH_MS);
    entry.timer.unref?.();
  }
  pending().set(activationId, entry);
}

function flush(activationId: string): void {
  const entry = pending().get(activationId);
  pending().delete(activationId);
  if (!entry) return;
  const posts = entry.posts.slice(-MAX_POSTS_PER_FLUSH);
  if (posts.length) announceCommitted([{ scope: "volatile", activationId, type: "feed:posts", payload: { activationId, posts, skipped: entry.posts.length - posts.length } }]);
  if (entry.deleted.length || entry.edited.length) {
    announceCommitted([{ scope: "volatile", activationId, type: "feed:changes", payload: { activationId, deleted: entry.deleted, edited: entry.edited } }]);
  }
}
