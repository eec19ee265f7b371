import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The frozen evaluation set must stay unseen: no near-duplicate (word-trigram Jaccard ≥ 0.5)
// of a training post, a lexicon phrase or a replay post, or its figures would flatter the model.
const fold = (t: string) => t.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
function trigrams(text: string): Set<string> {
  const w = fold(text).match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}
function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
const jsonlTexts = (file: string) =>
  fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text?: unknown }).text).filter((t): t is string => typeof t === "string");

function lexiconStrings(): string[] {
  const dir = "lib/enrich/lexicons";
  return fs.readdirSync(dir).flatMap((f) => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/"([^"\n]{3,})"/g)].map((m) => m[1]));
}

describe("frozen evaluation set", () => {
  const frozen = jsonlTexts("data/enrich/eval-frozen.jsonl").map((text) => ({ text, grams: trigrams(text) }));
  const sources: [string, string[]][] = [
    ["seed-train", jsonlTexts("data/enrich/seed-train.jsonl")],
    ["lexicons", lexiconStrings()],
    ["replays", fs.readdirSync("data/scenarios").filter((f) => f.endsWith(".jsonl")).flatMap((f) => jsonlTexts(path.join("data/scenarios", f)))],
  ];

  it("has at least a quarter of the labelled corpus", () => {
    expect(frozen.length / (frozen.length + sources[0][1].length)).toBeGreaterThanOrEqual(0.25);
  });

  it.each(sources)("shares no near-duplicate with %s", (_name, texts) => {
    const grams = texts.map(trigrams);
    const leaks = frozen.flatMap((e) => grams.flatMap((g, i) => (jaccard(e.grams, g) >= 0.5 ? [`${e.text} ≈ ${texts[i]}`] : [])));
    expect(leaks).toEqual([]);
  });
});
