/**
 * npx tsx tests/bench/pii.bench.ts — posts per second on one core for personal-data detection
 * (phones, e-mails, plates, addresses, person names) over realistic posts: the Landes flood
 * replay and the enrichment seed and frozen corpora as they are (short, ~95 chars), then the
 * same texts joined into ~200-char posts. Time is the process's CPU time (user + system), which
 * is what one core spends even when the machine is shared; wall time is printed beside it.
 * Prints figures; never pass/fail. Last line: {"postsPerSecond": N} for the ~200-char posts.
 */
import fs from "node:fs";
import os from "node:os";
import { detectPersonalData } from "../../lib/pii/detect-personal-data";

const POSTS = Number(process.env.BENCH_POSTS ?? 200_000);

function texts(file: string): string[] {
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text?: unknown }).text).filter((t): t is string => typeof t === "string");
}

/** Joins consecutive texts until each post is at least `chars` long. */
function joinTo(corpus: string[], chars: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const text of corpus) {
    current = current ? `${current} ${text}` : text;
    if (current.length >= chars) {
      out.push(current);
      current = "";
    }
  }
  return out;
}

function run(label: string, posts: string[]): number {
  const meanChars = Math.round(posts.reduce((a, t) => a + t.length, 0) / posts.length);
  for (let i = 0; i < 20_000; i++) detectPersonalData(posts[i % posts.length]); // warm-up (JIT)
  let flags = 0;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let i = 0; i < POSTS; i++) flags += detectPersonalData(posts[i % posts.length]).length;
  const wallSeconds = (performance.now() - wall0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const postsPerSecond = Math.round(POSTS / cpuSeconds);
  console.log(`${label}: ${POSTS} posts of ${posts.length} distinct (mean ${meanChars} chars) in ${cpuSeconds.toFixed(2)} s CPU (${wallSeconds.toFixed(2)} s wall) = ${postsPerSecond} posts/s on one core (${Math.round(POSTS / wallSeconds)} by wall clock), ${flags} flags`);
  return postsPerSecond;
}

function main(): void {
  const corpus = [...texts("data/scenarios/crue-adour-landes.jsonl"), ...texts("data/enrich/seed-train.jsonl"), ...texts("data/enrich/eval-frozen.jsonl")];
  console.log(`bench:pii — ${os.cpus()[0]?.model ?? "cpu"}, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  run("corpus posts as they are", corpus);
  const postsPerSecond = run("~200-char posts", joinTo(corpus, 150));
  console.log(JSON.stringify({ postsPerSecond }));
}

main();
