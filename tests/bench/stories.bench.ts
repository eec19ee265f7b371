/**
 * Stories bench — posts per second on one core for the text side of stories: MinHash signature
 * + LSH band keys (what ingestion computes for every post), the whole fingerprint (plus name
 * markers and the short-text key), and `createStoryIndex().add` (fingerprint, candidate lookup,
 * `isSameStory` checks). Texts: the copies sets and the enrichment corpora; the bench can also
 * keep only posts of 150+ characters (STORIES_BENCH_MIN_CHARS). The index stream repeats the
 * corpus, so every post after the first round is a copy: the costliest case for candidate checks.
 * Prints figures; never pass/fail. Last line: {"postsPerSecond": N} for index add.
 * Run: node --import tsx tests/bench/stories.bench.ts
 */
import fs from "node:fs";
import os from "node:os";
import { bandKeys } from "../../lib/stories/band-keys";
import { createStoryIndex } from "../../lib/stories/story-index";
import { storyKeys, textFingerprint } from "../../lib/stories/text-fingerprint";
import { textSignature } from "../../lib/stories/text-signature";

const POSTS = Number(process.env.BENCH_POSTS ?? 100_000);
const MIN_CHARS = Number(process.env.STORIES_BENCH_MIN_CHARS ?? 150);

function texts(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text?: unknown }).text).filter((t): t is string => typeof t === "string");
}

function rate(label: string, run: (text: string, i: number) => unknown, corpus: string[]): number {
  for (let i = 0; i < 3000; i++) run(corpus[i % corpus.length], -1 - i); // warm-up (JIT)
  const started = performance.now();
  for (let i = 0; i < POSTS; i++) run(corpus[i % corpus.length], i);
  const seconds = (performance.now() - started) / 1000;
  const postsPerSecond = Math.round(POSTS / seconds);
  console.log(`${label.padEnd(34)} ${POSTS} posts in ${seconds.toFixed(2)} s = ${postsPerSecond} posts/s (${((seconds / POSTS) * 1e6).toFixed(1)} µs/post)`);
  return postsPerSecond;
}

function main(): void {
  const all = ["data/stories/copies-frozen.jsonl", "data/stories/copies-dev.jsonl", "data/enrich/seed-train.jsonl", "data/enrich/eval-frozen.jsonl", "data/scenarios/crue-adour-landes.jsonl"].flatMap(texts);
  const corpus = all.filter((t) => t.length >= MIN_CHARS);
  const meanChars = Math.round(corpus.reduce((a, t) => a + t.length, 0) / corpus.length);
  console.log(`bench:stories — ${corpus.length} distinct texts of ≥ ${MIN_CHARS} chars (mean ${meanChars}), ${os.cpus()[0]?.model ?? "cpu"}, load average ${os.loadavg()[0].toFixed(2)}`);

  // A shared host slows everything alike: this plain integer loop takes about 1 ns per
  // iteration on an idle modern core, so its figure says how far the ones below are inflated.
  const t0 = performance.now();
  let acc = 0;
  for (let i = 0; i < 200_000_000; i++) acc = (acc + Math.imul(i, 2654435761)) | 0;
  console.log(`calibration: plain integer loop ${((performance.now() - t0) / 200).toFixed(2)} ns/iteration (≈1 on an idle core; checksum ${acc & 1})`);

  let sink = 0;
  rate("signature + band keys", (t) => (sink += bandKeys(textSignature(t)).length), corpus);
  rate("fingerprint + story keys", (t) => (sink += storyKeys(textFingerprint(t)).length), corpus);
  let index = createStoryIndex();
  const postsPerSecond = rate("index add (fingerprint included)", (text, i) => {
    if (i === 0) index = createStoryIndex(); // measured run starts from an empty index
    sink += index.add({ id: `p${i}`, text, at: new Date(1_700_000_000_000 + i * 1000) }).joined ? 1 : 0;
  }, corpus);
  console.log(`stories: ${index.stories().length} from ${POSTS} posts; peak RSS ${Math.round(process.memoryUsage().rss / 1048576)} MB (${sink > 0 ? "ok" : "?"})`);
  console.log(JSON.stringify({ postsPerSecond }));
}

main();
