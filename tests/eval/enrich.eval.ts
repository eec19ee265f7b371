/**
 * npm run eval:enrich — trains the enricher on data/enrich/seed-train.jsonl only and measures it
 * on the frozen evaluation set (data/enrich/eval-frozen.jsonl, never used to train or to write
 * lexicons), then draws the learning curve of a new flood activation: 200 flood-family posts of
 * the training side are held out of seed training and fed back as volunteers' corrections.
 * Prints figures; the last line is one JSON object.
 */
import fs from "node:fs";
import { trainEnrichmentModel } from "../../lib/enrich/enrichment-model";
import { evaluate, shuffled, type EnrichFigures, type LabelledPost } from "./enrich-metrics";
import { evaluatePlaces } from "./places-metrics";
import { evaluateStories } from "./stories-metrics";

const read = (file: string): LabelledPost[] =>
  fs.readFileSync(file, "utf8").split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line) as LabelledPost);

const FLOOD_FAMILY = new Set(["flood", "flash_flood", "coastal_flood"]);
const line = (label: string, f: EnrichFigures) =>
  `${label.padEnd(34)} relevance P ${f.relevancePrecision.toFixed(3)} R ${f.relevanceRecall.toFixed(3)} F1 ${f.relevanceF1.toFixed(3)} AUC ${f.relevanceAuc.toFixed(3)} | type macro-F1 ${f.typeMacroF1.toFixed(3)} acc ${f.typeAccuracy.toFixed(3)} | urgency R ${f.urgencyRecall.toFixed(3)} P ${f.urgencyPrecision.toFixed(3)}`;

function main(): void {
  const train = read("data/enrich/seed-train.jsonl");
  const frozen = read("data/enrich/eval-frozen.jsonl");
  console.log(`eval:enrich — seed-train ${train.length} posts, eval-frozen ${frozen.length} posts (${frozen.filter((p) => p.lang === "fr").length} fr, ${frozen.filter((p) => p.lang === "en").length} en)`);

  const started = performance.now();
  const model = trainEnrichmentModel(train);
  console.log(`seed training: ${(performance.now() - started).toFixed(0)} ms`);

  const figures = evaluate({ model, test: frozen });
  console.log(line("frozen set, seed model", figures));
  for (const lang of ["fr", "en"]) console.log(line(`  ${lang} only`, evaluate({ model, test: frozen.filter((p) => p.lang === lang) })));
  console.log("per information type (precision / recall / F1, support):");
  for (const [type, t] of Object.entries(figures.perType)) console.log(`  ${type.padEnd(24)} ${t.precision.toFixed(2)} / ${t.recall.toFixed(2)} / ${t.f1.toFixed(2)}  (${t.support})`);

  // Learning curve: a new flood activation whose corrections come from training-side posts the
  // base model never saw; measured on the flood-family part of the frozen set.
  const floodTrain = shuffled(train.filter((p) => FLOOD_FAMILY.has(p.hazard)), 42);
  const heldOut = floodTrain.slice(0, 200);
  const heldOutSet = new Set(heldOut);
  const base = trainEnrichmentModel(train.filter((p) => !heldOutSet.has(p)));
  const floodTest = frozen.filter((p) => FLOOD_FAMILY.has(p.hazard));
  console.log(`learning curve: base model without ${heldOut.length} held-out flood-family training posts; tested on ${floodTest.length} flood-family frozen posts, one flood activation`);
  for (const n of [0, 50, 200]) {
    console.log(line(`  after ${n} corrections`, evaluate({ model: base, test: floodTest, corrections: heldOut.slice(0, n), activationHazard: "flood" })));
  }

  // Places and stories (issue "Places, personal data and stories"), each on its own frozen set.
  const places = evaluatePlaces();
  console.log(`places: ${places.posts} frozen posts, commune accuracy ${places.communeAccuracy.toFixed(3)} (exact INSEE set per post), place precision ${places.placePrecision.toFixed(3)}, recall ${places.placeRecall.toFixed(3)}`);
  const stories = evaluateStories();
  console.log(`stories: frozen copies set, purity ${stories.storyPurity.toFixed(3)}, completeness ${stories.storyCompleteness.toFixed(3)}`);

  console.log(
    JSON.stringify({
      communeAccuracy: round3(places.communeAccuracy),
      storyPurity: round3(stories.storyPurity),
      storyCompleteness: round3(stories.storyCompleteness),
      relevanceF1: figures.relevanceF1,
      relevanceAuc: figures.relevanceAuc,
      typeMacroF1: figures.typeMacroF1,
      urgencyRecall: figures.urgencyRecall,
      urgencyPrecision: figures.urgencyPrecision,
    }),
  );
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

main();
