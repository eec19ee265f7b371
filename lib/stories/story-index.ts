import { isSameStory, storySimilarity } from "@/lib/stories/is-same-story";
import { storyKeys, textFingerprint, type TextFingerprint } from "@/lib/stories/text-fingerprint";

export type StoryPost = { id: string; text: string; at: Date };
export type StorySummary = { storyId: string; size: number; firstSeen: Date; memberIds: string[] };
export type StoryIndexOptions = {
  /**
   * Posts remembered per band key (at most two per story, see `remember`), which bounds the
   * checks one `add` makes whatever the index size.
   */
  maxPostsPerKey?: number;
};
export type StoryIndex = {
  add(post: StoryPost): { storyId: string; joined: boolean };
  stories(): StorySummary[];
};

type Entry = { id: string; fingerprint: TextFingerprint; storyId: string };
type Story = { storyId: string; firstSeen: Date; memberIds: string[] };

/**
 * In-memory stories: candidates share a band key (or the exact short-text key), `isSameStory`
 * confirms, and the newcomer joins the story of its most similar confirmed candidate. A story is
 * named after its first post, which is also its representative.
 */
export function createStoryIndex(options: StoryIndexOptions = {}): StoryIndex {
  const maxPostsPerKey = options.maxPostsPerKey ?? 32;
  const buckets = new Map<string, Entry[]>();
  const stories = new Map<string, Story>();

  function bestMatch(fingerprint: TextFingerprint, keys: string[]): Entry | null {
    const seen = new Set<Entry>();
    // Once a story is confirmed its other posts are not checked: a hot story shows up under
    // every key, and one confirmed copy is enough to join it.
    const confirmed = new Set<string>();
    let best: Entry | null = null;
    let bestScore = -1;
    for (const key of keys) {
      for (const entry of buckets.get(key) ?? []) {
        if (seen.has(entry) || confirmed.has(entry.storyId)) continue;
        seen.add(entry);
        if (!isSameStory(fingerprint, entry.fingerprint)) continue;
        confirmed.add(entry.storyId);
        const score = fingerprint.shortText !== null ? 1 : storySimilarity(fingerprint, entry.fingerprint).jaccard;
        if (score > bestScore) [best, bestScore] = [entry, score];
      }
    }
    return best;
  }

  function remember(entry: Entry, keys: string[]): void {
    for (const key of keys) {
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [entry]);
        continue;
      }
      // A story keeps two posts per key, its first and its latest: a thousand reposts would
      // otherwise fill every key with copies of one text, each checked on every newcomer.
      let sameStory = 0;
      let latest = -1;
      for (let i = 0; i < bucket.length; i++) {
        if (bucket[i].storyId === entry.storyId) {
          sameStory++;
          latest = i;
        }
      }
      if (sameStory >= 2) bucket[latest] = entry;
      else if (bucket.length < maxPostsPerKey) bucket.push(entry);
      else {
        // A crowded key (common phrasing): keep the first half, rotate the newest through the rest.
        const half = maxPostsPerKey >> 1;
        bucket[half + (hashIndex(entry.id) % (maxPostsPerKey - half))] = entry;
      }
    }
  }

  return {
    add(post) {
      const fingerprint = textFingerprint(post.text);
      const keys = storyKeys(fingerprint);
      const match = keys.length === 0 ? null : bestMatch(fingerprint, keys);
      const storyId = match?.storyId ?? post.id;
      const story = stories.get(storyId);
      if (story) {
        story.memberIds.push(post.id);
        if (post.at < story.firstSeen) story.firstSeen = post.at;
      } else stories.set(storyId, { storyId, firstSeen: post.at, memberIds: [post.id] });
      remember({ id: post.id, fingerprint, storyId }, keys);
      return { storyId, joined: match !== null };
    },
    stories() {
      return [...stories.values()].map((s) => ({ storyId: s.storyId, size: s.memberIds.length, firstSeen: s.firstSeen, memberIds: [...s.memberIds] }));
    },
  };
}

function hashIndex(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) >>> 0;
  return h;
}
