import { pgPool } from "../db/pg-pool";
import { storyGrowth, TRENDING_MIN_RECENT } from "../stories/story-growth";
import { createStoryIndex, type StoryIndex } from "../stories/story-index";

/**
 * Which story (set of near-duplicates) each new post joins, per activation.
 * The index lives in memory — band keys of 48 MinHash bands per post would
 * cost PostgreSQL more rows than the posts themselves — and is rebuilt after
 * a restart from the stored texts in id order, which reproduces the same
 * decisions and so the same story ids (a story is named after its first
 * post). It covers the activation's most recent posts (WINDOW): copies come
 * within hours; an older story's copy starts a new one.
 */
const WINDOW = 20_000;
const REBUILD_SLICE = 1_000;

// Member times kept per story for its growth: enough to see the last hour's pace.
const TIMES_KEPT = 64;

type Entry = { index: StoryIndex; count: number; sizes: Map<string, number>; times: Map<string, Date[]> };
const holder = globalThis as unknown as { __vigieStoryIndexes?: Map<string, Promise<Entry>> };

function indexes(): Map<string, Promise<Entry>> {
  holder.__vigieStoryIndexes ??= new Map();
  return holder.__vigieStoryIndexes;
}

export type StoryAssignment = { storyId: string; size: number; trending: boolean };

/** Adds posts (in id order) to the activation's stories; returns each post's story and that story's size so far. */
export async function assignStories(activationId: string, posts: { id: string; text: string; at: Date }[]): Promise<Map<string, StoryAssignment>> {
  let entry = await entryFor(activationId);
  if (entry.count >= WINDOW) {
    // Start a fresh window rather than grow without bound.
    entry = { index: createStoryIndex(), count: 0, sizes: new Map(), times: new Map() };
    indexes().set(activationId, Promise.resolve(entry));
  }
  const result = new Map<string, StoryAssignment>();
  for (const post of posts) result.set(post.id, add(entry, post));
  return result;
}

export function forgetStories(activationId: string): void {
  indexes().delete(activationId);
}

function add(entry: Entry, post: { id: string; text: string; at: Date }): StoryAssignment {
  const { storyId } = entry.index.add(post);
  entry.count++;
  const size = (entry.sizes.get(storyId) ?? 0) + 1;
  entry.sizes.set(storyId, size);
  const times = [...(entry.times.get(storyId) ?? []), post.at].slice(-TIMES_KEPT);
  entry.times.set(storyId, times);
  // Trending is judged on the activation's clock: the newest post's time, not the server's (a replay runs ahead).
  return { storyId, size, trending: size >= TRENDING_MIN_RECENT && storyGrowth(times, post.at).trending };
}

function entryFor(activationId: string): Promise<Entry> {
  let entry = indexes().get(activationId);
  if (!entry) {
    entry = rebuild(activationId);
    entry.catch(() => indexes().delete(activationId));
    indexes().set(activationId, entry);
  }
  return entry;
}

async function rebuild(activationId: string): Promise<Entry> {
  const entry: Entry = { index: createStoryIndex(), count: 0, sizes: new Map(), times: new Map() };
  const rows = await pgPool().query<{ id: string; text: string; postedAt: Date }>(
    `SELECT id::text, "text", "postedAt" FROM (
       SELECT p.id, p."text", p."postedAt" FROM "Post" p JOIN "PostEnrichment" e ON e."postId" = p.id
       WHERE p."activationId" = $1 AND p."deletedAt" IS NULL ORDER BY p.id DESC LIMIT $2
     ) recent ORDER BY id ASC`,
    [activationId, WINDOW / 2],
  );
  for (let i = 0; i < rows.rows.length; i++) {
    const row = rows.rows[i];
    add(entry, { id: row.id, text: row.text, at: row.postedAt });
    // Yield now and then: a rebuild of thousands of posts must not freeze requests.
    if (i % REBUILD_SLICE === REBUILD_SLICE - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  return entry;
}
