import { announceCommitted } from "../db/committed-events";
import type { FeedPost, PostUnderstanding } from "./feed-post";

/**
 * Live announcements are batched: at most one `feed:posts` (and one
 * `feed:changes`, one `feed:understood`) per activation every 100 ms,
 * whatever the ingestion rate, so a burst of posts is a few socket messages,
 * not thousands. Understanding that is ready before its post is announced
 * travels inside the post, so a browser never receives it first.
 */
const FLUSH_MS = 100;
// A browser cannot use more than this per flush; the rest is fetched by the feed's query.
const MAX_POSTS_PER_FLUSH = 500;

type Understood = { id: string; understanding: PostUnderstanding };
type News = { posts?: FeedPost[]; deleted?: string[]; edited?: { id: string; text: string }[]; understood?: Understood[]; labels?: number };
type Pending = { posts: FeedPost[]; deleted: string[]; edited: { id: string; text: string }[]; understood: Understood[]; labels?: number; timer: NodeJS.Timeout | null };
const holder = globalThis as unknown as { __vigieFeedPending?: Map<string, Pending> };

function pending(): Map<string, Pending> {
  holder.__vigieFeedPending ??= new Map();
  return holder.__vigieFeedPending;
}

export function announceFeed(activationId: string, news: News): void {
  if (!news.posts?.length && !news.deleted?.length && !news.edited?.length && !news.understood?.length && news.labels === undefined) return;
  const entry = pending().get(activationId) ?? { posts: [], deleted: [], edited: [], understood: [], timer: null };
  entry.posts.push(...(news.posts ?? []));
  entry.deleted.push(...(news.deleted ?? []));
  entry.edited.push(...(news.edited ?? []));
  entry.understood.push(...(news.understood ?? []));
  if (news.labels !== undefined) entry.labels = news.labels;
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
  const understanding = new Map(entry.understood.map((item) => [item.id, item.understanding]));
  const announced = new Set(entry.posts.map((post) => post.id));
  const posts = entry.posts.slice(-MAX_POSTS_PER_FLUSH).map((post) => (understanding.has(post.id) ? { ...post, understanding: understanding.get(post.id)! } : post));
  if (posts.length) announceCommitted([{ scope: "volatile", activationId, type: "feed:posts", payload: { activationId, posts, skipped: entry.posts.length - posts.length } }]);
  if (entry.deleted.length || entry.edited.length) {
    announceCommitted([{ scope: "volatile", activationId, type: "feed:changes", payload: { activationId, deleted: entry.deleted, edited: entry.edited } }]);
  }
  const items = entry.understood.filter((item) => !announced.has(item.id));
  if (items.length || entry.labels !== undefined) {
    announceCommitted([{ scope: "volatile", activationId, type: "feed:understood", payload: { activationId, items, ...(entry.labels !== undefined ? { labels: entry.labels } : {}) } }]);
  }
}
