/**
 * npm run classify -- --in posts.jsonl [--train labelled.jsonl] [--hazard flood] [--area 40]
 *
 * Reads JSONL posts {"id","text","lang"?}, optionally first learns from labelled JSONL
 * {"text","relevant","category"?,"urgent"?} (as an activation's corrections, on top of the seed
 * model), and writes one JSONL line per post: {"id","lang","relevance","category",
 * "categoryConfidence","urgent","urgency","places","pii"}. Bad lines go to stderr with their line
 * number and are skipped. `--area` (département codes, comma-separated) is the activation's area:
 * homonymous commune names resolve towards it.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { isHazard } from "../lib/activation/hazards";
import { createEnricher } from "../lib/enrich/create-enricher";
import { parseLabelledJsonl } from "../lib/enrich/enrichment-model";
import { detectPersonalData } from "../lib/pii/detect-personal-data";
import { resolvePlaces } from "../lib/places/resolve-places";

function fail(message: string): never {
  process.stderr.write(`classify: ${message}\n`);
  process.exit(2);
}

function readFile(file: string, what: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    fail(`cannot read ${what} file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function main(): void {
  const { values } = parseArgs({
    options: { in: { type: "string" }, train: { type: "string" }, hazard: { type: "string", default: "flood" }, area: { type: "string" } },
    allowPositionals: false,
  });
  if (!values.in) fail("missing --in posts.jsonl");
  const hazard = values.hazard ?? "flood";
  if (!isHazard(hazard)) fail(`unknown hazard ${JSON.stringify(hazard)}`);

  const departements = (values.area ?? "").split(",").map((code) => code.trim().toUpperCase()).filter(Boolean);
  if (departements.some((code) => !/^(?:\d{2,3}|2A|2B)$/.test(code))) fail(`--area expects département codes such as 40 or 40,64 (got ${JSON.stringify(values.area)})`);
  const enricher = createEnricher({ hazard });
  if (values.train) {
    const { examples, badLines } = parseLabelledJsonl(readFile(values.train, "training"));
    for (const bad of badLines) process.stderr.write(`${values.train}:${bad.line}: skipped, ${bad.reason}\n`);
    for (const example of examples) enricher.learn(example);
  }

  const out: string[] = [];
  readFile(values.in, "input").split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return;
    let post: { id?: unknown; text?: unknown; lang?: unknown };
    try {
      post = JSON.parse(raw);
    } catch {
      process.stderr.write(`${values.in}:${index + 1}: skipped, not valid JSON\n`);
      return;
    }
    if (!post || typeof post !== "object" || (typeof post.id !== "string" && typeof post.id !== "number") || typeof post.text !== "string") {
      process.stderr.write(`${values.in}:${index + 1}: skipped, needs "id" and "text" (string)\n`);
      return;
    }
    const e = enricher.enrich({ text: post.text, lang: typeof post.lang === "string" ? post.lang : null });
    const places = resolvePlaces(post.text, { departements }).map((p) => ({ insee: p.insee, name: p.name, departement: p.departement, lat: p.lat, lon: p.lon, precision: p.precision }));
    const pii = detectPersonalData(post.text);
    out.push(JSON.stringify({ id: post.id, lang: e.lang, relevance: e.relevance, category: e.category, categoryConfidence: e.categoryConfidence, urgent: e.urgent, urgency: e.urgency, places, pii }));
    if (out.length >= 1000) process.stdout.write(out.splice(0).join("\n") + "\n");
  });
  if (out.length > 0) process.stdout.write(out.join("\n") + "\n");
}

main();
