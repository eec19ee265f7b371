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
  // Exact copies (same normalised text, so the same signature): the commonest case in a crisis,
  // answered by one lookup instead of a candidate scan, and not remembered again under every key.
  const exact = new Map<string, string>();
  const stories = new Map<string, Story>();

  // Scratch sets of `bestMatch`, cleared per call rather than allocated per post.
  const seen = new Set<Entry>();
  const confirmed = new Set<string>();

  function bestMatch(fingerprint: TextFingerprint, keys: string[]): Entry | null {
    seen.clear();
    // Once a story is confirmed its other posts are not checked: a hot story shows up under
    // every key, and one confirmed copy is enough to join it.
    confirmed.clear();
    let best: Entry | null = null;
    let bestScore = -1;
    for (const key of keys) {
      const bucket = buckets.get(key);
      if (bucket === undefined) continue;
      for (const entry of bucket) {
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
      if (keys.length === 0) {
        stories.set(post.id, { storyId: post.id, firstSeen: post.at, memberIds: [post.id] });
        return { storyId: post.id, joined: false };
      }
      const identity = exactKey(fingerprint);
      const copyOf = exact.get(identity);
      if (copyOf !== undefined) {
        const story = stories.get(copyOf)!;
        story.memberIds.push(post.id);
        if (post.at < story.firstSeen) story.firstSeen = post.at;
        return { storyId: copyOf, joined: true };
      }
      const match = bestMatch(fingerprint, keys);
      const storyId = match?.storyId ?? post.id;
      exact.set(identity, storyId);
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

/** The fingerprint's identity: its short text, or all its MinHash values with its shingle count. */
function exactKey(fingerprint: TextFingerprint): string {
  if (fingerprint.shortText !== null) return `s:${fingerprint.shortText}`;
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  const signature = fingerprint.signature;
  for (let i = 0; i < signature.length; i++) {
    a = Math.imul(a ^ signature[i], 0x01000193) >>> 0;
    b = Math.imul(b + signature[i], 0x85ebca6b) >>> 0;
  }
  return `${fingerprint.shingleCount}:${a.toString(36)}:${b.toString(36)}`;
}

function hashIndex(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) >>> 0;
  return h;
}
