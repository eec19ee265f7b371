/**
 * Story purity and completeness of `createStoryIndex` over a copies set (by default the frozen
 * one, data/stories/copies-frozen.jsonl: never tuned against; tuning uses copies-dev.jsonl).
 * Posts are added in file order, one minute apart.
 *
 * Every unrelated post (group null) is its own true group of one.
 * - storyPurity: over the posts that the index put in a predicted story of size ≥ 2, the share
 *   whose true group is the majority true group of their predicted story. Singletons are left
 *   out because they are trivially pure and would hide false merges among 200 lone posts;
 *   `purityAllPosts` counts them too (classic cluster purity).
 * - storyCompleteness: for each true group of known copies (size ≥ 2), the share of its posts in
 *   its largest predicted story, averaged over groups (each group weighs the same).
 * - pairPrecision / pairRecall: over pairs of posts, "same predicted story" against "same group".
 */
import fs from "node:fs";
import { createStoryIndex } from "../../lib/stories/story-index";

export type CopiesPost = { id: string; text: string; group: string | null };
export type StoryFigures = {
  storyPurity: number;
  storyCompleteness: number;
  purityAllPosts: number;
  pairPrecision: number;
  pairRecall: number;
  posts: number;
  trueGroups: number;
  predictedStories: number;
  /** Posts that sit in a predicted story whose majority is another true group. */
  wronglyMerged: { id: string; text: string; group: string | null; storyId: string }[];
  /** Posts of known groups outside their group's largest predicted story. */
  missed: { id: string; text: string; group: string }[];
};

export const FROZEN_COPIES_FILE = "data/stories/copies-frozen.jsonl";

export function readCopiesSet(file: string): CopiesPost[] {
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as CopiesPost);
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function majority(values: string[]): string {
  const counts = new Map<string, number>();
  let best = values[0];
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > (counts.get(best) ?? 0)) best = v;
  }
  return best;
}

export function evaluateStories(options: { file?: string } = {}): StoryFigures {
  const posts = readCopiesSet(options.file ?? FROZEN_COPIES_FILE);
  const index = createStoryIndex();
  const start = Date.UTC(2024, 0, 17, 6, 0);
  const predicted = new Map<string, string>();
  posts.forEach((p, i) => predicted.set(p.id, index.add({ id: p.id, text: p.text, at: new Date(start + i * 60_000) }).storyId));

  const truth = (p: CopiesPost) => p.group ?? `solo:${p.id}`;
  const byStory = new Map<string, CopiesPost[]>();
  for (const p of posts) {
    const s = predicted.get(p.id)!;
    (byStory.get(s) ?? byStory.set(s, []).get(s)!).push(p);
  }

  let pureInMulti = 0, inMulti = 0, pureAll = 0;
  const wronglyMerged: StoryFigures["wronglyMerged"] = [];
  for (const [storyId, members] of byStory) {
    const major = majority(members.map(truth));
    const pure = members.filter((m) => truth(m) === major).length;
    pureAll += pure;
    if (members.length >= 2) {
      inMulti += members.length;
      pureInMulti += pure;
      for (const m of members) if (truth(m) !== major) wronglyMerged.push({ id: m.id, text: m.text, group: m.group, storyId });
    }
  }

  const groups = new Map<string, CopiesPost[]>();
  for (const p of posts) if (p.group) (groups.get(p.group) ?? groups.set(p.group, []).get(p.group)!).push(p);
  let completenessSum = 0;
  const missed: StoryFigures["missed"] = [];
  for (const [group, members] of groups) {
    const largest = majority(members.map((m) => predicted.get(m.id)!));
    const inLargest = members.filter((m) => predicted.get(m.id) === largest);
    completenessSum += inLargest.length / members.length;
    for (const m of members) if (predicted.get(m.id) !== largest) missed.push({ id: m.id, text: m.text, group });
  }

  let tp = 0, fp = 0, fn = 0;
  for (let i = 0; i < posts.length; i++) {
    for (let j = i + 1; j < posts.length; j++) {
      const same = predicted.get(posts[i].id) === predicted.get(posts[j].id);
      const truthSame = posts[i].group !== null && posts[i].group === posts[j].group;
      if (same && truthSame) tp++;
      else if (same) fp++;
      else if (truthSame) fn++;
    }
  }

  return {
    storyPurity: r3(inMulti === 0 ? 1 : pureInMulti / inMulti),
    storyCompleteness: r3(groups.size === 0 ? 1 : completenessSum / groups.size),
    purityAllPosts: r3(pureAll / posts.length),
    pairPrecision: r3(tp + fp === 0 ? 1 : tp / (tp + fp)),
    pairRecall: r3(tp + fn === 0 ? 1 : tp / (tp + fn)),
    posts: posts.length,
    trueGroups: groups.size,
    predictedStories: byStory.size,
    wronglyMerged,
    missed,
  };
}
