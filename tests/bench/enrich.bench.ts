/**
 * npm run bench:enrich — posts per second on one core for the whole text enrichment (language
 * detection, relevance, information type, urgency, places, personal data and the text story
 * index; images excluded, they have their own queue) over a realistic mix: the seed and frozen
 * corpus texts plus the Landes flood replay, repeated, half of them without a language given so
 * detection runs. Prints figures; never pass/fail. Last line: {"postsPerSecond": N}.
 */
import fs from "node:fs";
import os from "node:os";
import { createEnricher } from "../../lib/enrich/create-enricher";
import { seedEnrichmentModel } from "../../lib/enrich/enrichment-model";
import { detectPersonalData } from "../../lib/pii/detect-personal-data";
import { resolvePlaces } from "../../lib/places/resolve-places";
import { createStoryIndex } from "../../lib/stories/story-index";

const POSTS = Number(process.env.BENCH_POSTS ?? 100_000);

function texts(file: string): string[] {
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text?: unknown }).text).filter((t): t is string => typeof t === "string");
}

function main(): void {
  const corpus = [...texts("data/enrich/seed-train.jsonl"), ...texts("data/enrich/eval-frozen.jsonl"), ...texts("data/scenarios/crue-adour-landes.jsonl")];
  const t0 = performance.now();
  seedEnrichmentModel();
  const trainMs = performance.now() - t0;
  const enricher = createEnricher({ hazard: "flood" });
  for (let i = 0; i < 50; i++) enricher.learn({ text: corpus[i], relevant: i % 3 !== 0, category: i % 3 !== 0 ? "SITUATION" : undefined });

  console.log(`bench:enrich — ${POSTS} posts from a mix of ${corpus.length} distinct texts (mean ${Math.round(corpus.reduce((a, t) => a + t.length, 0) / corpus.length)} chars), ${os.cpus()[0]?.model ?? "cpu"}; seed training ${trainMs.toFixed(0)} ms`);
  // Warm-up (JIT, stem cache, gazetteer load).
  for (let i = 0; i < 2000; i++) {
    enricher.enrich({ text: corpus[i % corpus.length] });
    resolvePlaces(corpus[i % corpus.length], { departements: ["40"] });
    detectPersonalData(corpus[i % corpus.length]);
  }
  // The story index sees each post as new (suffixed ids), as a live activation would; it is
  // renewed every 20,000 posts like the server's window.
  let stories = createStoryIndex();
  const at = new Date();

  let urgent = 0;
  let places = 0;
  let flagged = 0;
  const started = performance.now();
  for (let i = 0; i < POSTS; i++) {
    const text = corpus[i % corpus.length];
    const e = enricher.enrich({ text, lang: i % 2 === 0 ? "fr" : null });
    if (e.urgent) urgent++;
    places += resolvePlaces(text, { departements: ["40"] }).length;
    flagged += detectPersonalData(text).length;
    if (i % 20_000 === 0) stories = createStoryIndex();
    stories.add({ id: String(i), text, at });
  }
  const seconds = (performance.now() - started) / 1000;
  const postsPerSecond = Math.round(POSTS / seconds);
  console.log(`enrichment: ${POSTS} posts in ${seconds.toFixed(2)} s = ${postsPerSecond} posts/s on one core (${urgent} flagged urgent, ${places} places, ${flagged} personal-data flags); peak RSS ${Math.round(process.memoryUsage().rss / 1048576)} MB`);
  console.log(JSON.stringify({ postsPerSecond }));
}

main();
