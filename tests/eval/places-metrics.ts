/**
 * Place resolution measured on the frozen place set (data/places/eval-frozen.jsonl: posts
 * labelled with the INSEE codes of the communes they name, written before the matcher and never
 * used to tune it).
 *
 * communeAccuracy — per post: the set of INSEE codes resolvePlaces returns (communes only; a
 * département or a geotag is not a commune named in the text) must equal the labelled set
 * exactly, so a post naming no commune counts as right only when nothing fires. Per named place,
 * precision and recall are given too.
 */
import fs from "node:fs";
import path from "node:path";
import { resolvePlaces } from "../../lib/places/resolve-places";

export type PlaceLabel = { text: string; departements: string[]; insee: string[] };

export type PlaceFigures = {
  communeAccuracy: number;
  posts: number;
  placePrecision: number;
  placeRecall: number;
  /** Posts labelled with no commune where one fired anyway. */
  falseAlarms: number;
  errors: { text: string; expected: string[]; found: string[] }[];
};

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function readPlaceLabels(file = path.join(process.cwd(), "data", "places", "eval-frozen.jsonl")): PlaceLabel[] {
  return fs.readFileSync(file, "utf8").split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line) as PlaceLabel);
}

export function evaluatePlaces(labels: readonly PlaceLabel[] = readPlaceLabels()): PlaceFigures {
  let exact = 0;
  let truePositives = 0;
  let found = 0;
  let expected = 0;
  let falseAlarms = 0;
  const errors: PlaceFigures["errors"] = [];
  for (const label of labels) {
    const codes = [...new Set(resolvePlaces(label.text, { departements: label.departements }).flatMap((p) => (p.insee && p.precision !== "point" ? [p.insee] : [])))];
    const wanted = new Set(label.insee);
    const hits = codes.filter((c) => wanted.has(c)).length;
    truePositives += hits;
    found += codes.length;
    expected += wanted.size;
    if (wanted.size === 0 && codes.length > 0) falseAlarms++;
    if (hits === wanted.size && codes.length === wanted.size) exact++;
    else errors.push({ text: label.text, expected: label.insee, found: codes });
  }
  return {
    communeAccuracy: r3(labels.length === 0 ? 0 : exact / labels.length),
    posts: labels.length,
    placePrecision: r3(found === 0 ? 1 : truePositives / found),
    placeRecall: r3(expected === 0 ? 1 : truePositives / expected),
    falseAlarms,
    errors,
  };
}
